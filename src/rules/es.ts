import type { RulePack } from "./types.js";

/**
 * Spanish rules: related-link teasers ("Lea también:"), subscriber promos, share rows, newsletter
 * and app pushes, cookie notices, comments, footers and legal links, republishing and source
 * notices, advertisement markers, site navigation, bylines ("Por"), date lines ("Publicado",
 * "Actualizado"), reading times and photo credits.
 *
 * @example
 * ```ts
 * import { es } from "newsclean";
 * es.rules.find((r) => r.id === "related/es/lea-tambien")?.kind; //=> "related"
 * ```
 */
export const es: RulePack = {
  lang: "es",
  rules: [
    // related
    {
      id: "related/es/lea-tambien",
      kind: "related",
      pattern:
        /^(?:[»>►▶•] ?)?(?<label>lea (?:también|además)|lee (?:también|además)|te (?:puede|podría) interesar|le (?:puede|podría) interesar|(?:también )?(?:te|le) puede interesar|puede interesarte|te recomendamos|le recomendamos|recomendamos|relacionad[oa]s?|noticias? relacionadas?|artículos? relacionados?|(?:mira|mire|ver|véase|vea|lea|lee) también|más información|más info|(?:lea|lee|leer) más|sigue leyendo|seguir leyendo|no te pierdas|no se pierda|te sugerimos|también puedes leer|puedes leer)\s*(?:[:|\-–—]|>>?)\s*(?<title>\S.*)$/iu,
      examples: [
        "Lea también: El Gobierno aprueba el nuevo plan de vivienda",
        "TE PUEDE INTERESAR | Las lluvias cierran tres escuelas en Valencia",
        "» Lee también: Los secretos de una vieja abadía",
        "Noticia relacionada >> La reforma de las pensiones, explicada",
      ],
      nonExamples: [
        "Lea también la letra pequeña antes de firmar, aconsejó.",
        "Más información sobre el caso llegará la semana próxima.",
      ],
    },
    {
      id: "related/es/section-heading",
      kind: "related",
      scope: "section",
      pattern:
        /^(?:(?:noticias|artículos|contenidos|temas|historias) relacionad[oa]s|relacionad[oa]s|(?:también )?(?:te|le) (?:puede|podría) interesar|puede interesarte|te recomendamos|recomendad[oa]s?(?: para ti)?|lo más (?:leído|visto|popular|compartido|comentado|reciente)|(?:las |los )?más (?:leídas?|leídos|vistas?|vistos|populares|compartidas?|compartidos|comentadas?|comentados)(?: de (?:hoy|la semana|la última semana))?|(?:las )?últimas (?:noticias|publicaciones|entradas|novedades)|destacad[oa]s|noticias destacadas|más noticias(?: de [^.!?:]{1,40})?|más sobre [^.!?:]{1,40}|otras noticias|otras historias|te sugerimos|no te pierdas|en otros medios|de la red|más artículos|más en [^.!?:]{1,30}|también en [^.!?:]{1,40}|sigue leyendo|seleccionad[oa]s para ti|nuestras recomendaciones)(?: ?:)?$/iu,
      examples: [
        "Noticias relacionadas",
        "Lo más leído",
        "Te puede interesar",
        "Últimas noticias",
        "Más noticias de Deportes",
      ],
      nonExamples: [
        "Lo más leído de la semana fue una crónica sobre la sequía.",
        "Más de 300 personas asistieron.",
      ],
    },
    // promo
    {
      id: "promo/es/subscriber-only",
      kind: "promo",
      pattern:
        /^(?:(?:este )?(?:artículo|contenido) (?:es )?(?:exclusivo )?(?:para|de) (?:suscriptores|abonados|socios)|(?:contenido|artículo) exclusivo(?: para (?:suscriptores|abonados|socios))?|¿ ?ya eres (?:suscriptor|suscriptora|abonado|abonada|socio|socia) ?\?(?: ?(?:inicia sesión|accede|entra|identifícate)(?: aquí)?)?|¡?suscríbete(?: (?:ahora|aquí|ya))?(?: (?:por|desde) [^.!?]{1,40})?(?: ?!)?|hazte (?:socio|socia|suscriptor|suscriptora|abonado)(?: (?:ahora|aquí))?|oferta (?:especial|de suscripción|limitada)(?: ?[:!] ?[^.!?]{1,60})?|para seguir leyendo,? (?:suscríbete|hazte socio|regístrate|inicia sesión)(?: [^.!?]{1,60})?\.?|(?:sigue|continúa) leyendo con (?:tu suscripción|una suscripción|[^.!?]{1,30} premium)\.?)$/iu,
      examples: [
        "Contenido exclusivo para suscriptores",
        "¿Ya eres suscriptor? Inicia sesión",
        "Suscríbete por 1 € el primer mes",
        "Para seguir leyendo, suscríbete a nuestra edición digital",
      ],
      nonExamples: ["Los suscriptores recibieron una carta de la dirección la semana pasada."],
    },
    {
      id: "promo/es/call-to-action",
      kind: "promo",
      pattern:
        /(?:^|[\s¡])(?:descúbrelo|descúbrela|descubre|suscríbete|regístrate|descarga|descárgala|descárgalo|prueba|pruébalo|pruébala|compra|cómpralo|reserva|mira|escucha|lee|haz clic|pincha|infórmate|empieza|únete|consíguelo|consíguela|aprovecha|participa|juega)(?: (?:ahora|aquí|ya|hoy|gratis|gratuitamente))(?: (?:ahora|aquí|ya|hoy|gratis))?(?: ?!+| ?[»›>]+)?$/iu,
      examples: [
        "La nueva guía de vinos de la Rioja ya está disponible. ¡Descúbrela ahora!",
        "Pruébalo gratis »",
        "Mira aquí",
      ],
      nonExamples: ["La votación empieza hoy.", "Dijeron que escucharían aquí."],
    },
    {
      id: "promo/es/get-updates",
      kind: "promo",
      pattern:
        /^(?:sigue|consulta|recibe|entérate de|no te pierdas|mantente informado (?:de|sobre)) (?:toda la (?:información|actualidad|última hora)|todas las (?:noticias|novedades|últimas noticias)|las últimas noticias|la última hora|la actualidad|el minuto a minuto|nuestras alertas|lo último)(?: .{0,120})?$/iu,
      examples: [
        "Sigue toda la información sobre el Mundial en directo",
        "Recibe las últimas noticias en tu móvil",
      ],
      nonExamples: ["Sigue la carretera nacional durante diez kilómetros hasta el pueblo."],
    },
    {
      id: "promo/es/sponsored",
      kind: "promo",
      pattern:
        /^(?:contenidos? patrocinados?|artículos? patrocinados?|patrocinado(?: por [^.!?]{1,60})?|publirreportaje|contenido (?:de marca|ofrecido por [^.!?]{1,60}|en colaboración con [^.!?]{1,60})|en colaboración con [^.!?]{1,60}|ofrecido por [^.!?]{1,60}|presentado por [^.!?]{1,60}|contenidos? promocionados?|branded content)$/iu,
      examples: ["Contenido patrocinado", "Publirreportaje", "Ofrecido por Banco del Sur"],
      nonExamples: ["Los eventos patrocinados atrajeron a miles de personas."],
    },
    // advertisement
    {
      id: "advertisement/es/marker",
      kind: "advertisement",
      pattern:
        /^[-–—\s[(]*(?:publicidad|anuncio|espacio publicitario|contenido publicitario|ads?)[-–—\s\])]*$/iu,
      examples: ["Publicidad", "PUBLICIDAD", "- Publicidad -", "[Anuncio]"],
      nonExamples: ["Publicidad engañosa: multa a la cadena.", "Anuncio del Gobierno"],
    },
    {
      id: "advertisement/es/continues-below",
      kind: "advertisement",
      pattern:
        /^(?:(?:la |el )?(?:noticia|nota|artículo|información|texto) (?:continúa|sigue) (?:debajo|tras|después|bajo)(?: del?)? (?:la |el |esta |este )?(?:publicidad|anuncio)|(?:continúa|sigue) (?:leyendo )?(?:debajo|tras|después)(?: del?)? (?:la |el |esta |este )?(?:publicidad|anuncio)|(?:la )?noticia continúa (?:debajo|abajo))\.?$/iu,
      examples: [
        "La noticia continúa tras la publicidad",
        "Sigue leyendo después del anuncio",
        "Artículo sigue debajo de la publicidad",
      ],
      nonExamples: ["La noticia continúa tras la reunión del consejo."],
    },
    {
      id: "advertisement/es/scroll-to-continue",
      kind: "advertisement",
      pattern:
        /^(?:desliza|desplázate|haz scroll|baja) (?:hacia abajo )?para (?:continuar|seguir leyendo|leer más|ver más)(?: con el contenido)?\.?$/iu,
      examples: ["Desliza para continuar", "Desplázate hacia abajo para seguir leyendo"],
      nonExamples: ["Desliza el dedo por la pantalla para ver las fotos del desastre."],
    },
    // share
    {
      id: "share/es/share-this",
      kind: "share",
      pattern:
        /^(?:compartir(?: (?:este artículo|esta noticia|la noticia|el artículo|el enlace|en (?:facebook|twitter|x|linkedin|whatsapp|telegram|bluesky)|por (?:e-?mail|correo(?: electrónico)?|whatsapp)))?|comparte(?: (?:esta noticia|este artículo|en [^.!?]{1,30}))?|enviar (?:por (?:e-?mail|correo(?: electrónico)?)|a un amigo|noticia)|imprimir(?: (?:noticia|artículo|esta noticia|este artículo|página))?|copiar (?:el )?enlace|enlace copiado|guardar(?: (?:noticia|artículo))?|tuitear|regalar(?: (?:noticia|artículo|este artículo))?)(?: ?:)?$/iu,
      examples: ["Compartir", "Compartir en Facebook", "Imprimir noticia", "Comparte:"],
      nonExamples: [
        "Compartir la riqueza sigue siendo su lucha.",
        "Imprimir billetes cuesta caro.",
      ],
    },
    {
      id: "share/es/follow-us",
      kind: "share",
      pattern:
        /^(?:(?:síguenos|síganos|sigue a \S+(?: \S+){0,3}) (?:en|a través de) (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp|google (?:news|noticias|discover)|(?:las |nuestras )?redes(?: sociales)?)|(?:únete|suscríbete) a (?:nuestro|nuestra) (?:canal|comunidad|grupo|cuenta)(?: de| en) (?:whatsapp|telegram|youtube|instagram|tiktok))(?=[\s,.;:!]|$).{0,100}$/iu,
      examples: [
        "Síguenos en Facebook, Twitter e Instagram",
        "Sigue a Laura Gómez en X @lauragomez",
        "Únete a nuestro canal de WhatsApp para no perderte nada",
      ],
      nonExamples: ["Sigue el río hacia el norte durante dos kilómetros."],
    },
    // newsletter
    {
      id: "newsletter/es/sign-up",
      kind: "newsletter",
      pattern:
        /^(?:¿?[^.!?¿¡]{1,60}[.!?] )?¡?(?:suscríbete|suscríbase|regístrate|apúntate|inscríbete|recibe|date de alta) .{0,80}(?:newsletters?|boletín|boletines)|^(?:newsletters?|boletín(?: de noticias)?|(?:nuestras?|la|las) newsletters?(?: [^.!?]{1,40})?)$/iu,
      examples: [
        "Suscríbete a nuestra newsletter",
        "¿Te gustan nuestros artículos? Apúntate gratis al boletín diario.",
        "Newsletter",
        "La newsletter de Economía",
      ],
      nonExamples: ["Se suscribió a tres periódicos cuando era niña."],
    },
    {
      id: "newsletter/es/inbox",
      kind: "newsletter",
      pattern:
        /(?:directamente|gratis|cada (?:día|semana|mañana|tarde|noche)|todos los (?:días|lunes|viernes)) en tu (?:bandeja de entrada|correo(?: electrónico)?|e-?mail)|^(?:recibe|recíbelo|recíbela|suscríbete|apúntate)[^.!?]{0,80} en tu (?:bandeja de entrada|correo(?: electrónico)?|e-?mail)/iu,
      examples: [
        "Recibe cada mañana lo más importante de la actualidad en tu correo.",
        "Lo mejor de la semana, directamente en tu bandeja de entrada",
      ],
      nonExamples: ["La carta llegó a su buzón el viernes."],
    },
    {
      id: "newsletter/es/email-field",
      kind: "newsletter",
      pattern:
        /^(?:(?:introduce|escribe|ingresa|indica|introduzca) (?:tu|su) (?:dirección de )?(?:correo(?: electrónico)?|e-?mail)|(?:tu|su) (?:dirección de )?(?:correo(?: electrónico)?|e-?mail)|dirección de correo(?: electrónico)?|correo electrónico|¡?gracias por (?:suscribirte|registrarte|tu suscripción)|¡?ya estás suscrito|te has suscrito correctamente)(?: ?[!.:])?$/iu,
      examples: [
        "Introduce tu correo electrónico",
        "¡Gracias por suscribirte!",
        "Correo electrónico:",
      ],
      nonExamples: ["Las direcciones de correo de 2.000 empleados se filtraron."],
    },
    // app
    {
      id: "app/es/download-app",
      kind: "app",
      pattern:
        /^(?:[^.!?¿¡]{1,60}[.!?] )?(?:descarga|descargue|descárgate|instala|instale) (?:gratis )?(?:la|nuestra) (?:nueva )?(?:app|aplicación)(?=[\s,.;:!]|$)|^(?:(?:también )?disponible en (?:la )?(?:app store|google play)(?: (?:y|o) (?:en )?(?:la )?(?:app store|google play))?|descárgala en (?:la )?(?:app store|google play))(?: ?[.!])?$/iu,
      examples: [
        "Descarga la app de Diario del Puerto para seguir la actualidad",
        "Disponible en App Store y Google Play",
      ],
      nonExamples: ["La aplicación se descargó dos millones de veces."],
    },
    // cookie
    {
      id: "cookie/es/we-use-cookies",
      kind: "cookie",
      pattern:
        /(?:utilizamos|usamos|empleamos) (?:cookies|galletas informáticas)|(?:este|nuestro) (?:sitio(?: web)?|portal|web) (?:utiliza|usa|emplea) (?:cookies|galletas informáticas)|si (?:continúas|continúa|sigues|sigue) navegando,? (?:consideramos|entendemos|aceptas|acepta)|^(?:configuración|configurar|gestionar|personalizar|ajustes) (?:de )?(?:las )?cookies$/iu,
      examples: [
        "Utilizamos cookies propias y de terceros para mejorar tu experiencia. Si continúas navegando, consideramos que aceptas su uso.",
        "Este sitio web utiliza cookies",
        "Configuración de cookies",
      ],
      nonExamples: ["La panadería vendió 400 galletas antes del mediodía."],
    },
    {
      id: "cookie/es/consent-button",
      kind: "cookie",
      pattern:
        /^(?:aceptar(?: (?:todo|todas|y cerrar|y continuar|cookies|todas las cookies|las cookies))?|acepto(?: las cookies)?|rechazar(?: (?:todo|todas|cookies|todas las cookies))?|configurar(?: cookies)?|gestionar (?:cookies|preferencias|opciones)|más opciones|entendido|estoy de acuerdo|ok|continuar sin aceptar)(?: ?[!.])?$/iu,
      examples: ["Aceptar", "Aceptar todas las cookies", "Entendido!", "Continuar sin aceptar"],
      nonExamples: ["Aceptar el resultado, dijo, sería un error."],
    },
    // comments
    {
      id: "comments/es/section-heading",
      kind: "comments",
      scope: "tail",
      pattern:
        /^(?:comentarios|\d+ comentarios?|comentarios \(\d+\)|(?:deja|dejar|escribe|escribir|añade|añadir|publica|publicar|envía|enviar) (?:un |tu )?(?:comentario|respuesta)|(?:ver|mostrar|cargar|leer) (?:los |todos los )?(?:\d+ )?comentarios|únete a la (?:conversación|discusión)|participa en la (?:conversación|discusión)|¿(?:y tú )?qué opinas\?|\d+ respuestas?)(?: ?:)?$/iu,
      examples: ["Comentarios (3)", "Deja un comentario", "Ver los 12 comentarios", "¿Qué opinas?"],
      nonExamples: ["Comentarios del ministro provocaron críticas.", "Debate"],
    },
    {
      id: "comments/es/actions",
      kind: "comments",
      pattern:
        /^(?:responder|denunciar(?: (?:comentario|abuso))?|reportar(?: comentario)?|me gusta|\d+ (?:me gusta|respuestas?|likes?|votos?)|(?:inicia sesión|identifícate|regístrate|accede) para (?:comentar|responder|participar)|debes (?:iniciar sesión|estar registrado|identificarte) para (?:comentar|publicar un comentario)\.?|(?:cancelar|publicar|enviar) (?:respuesta|comentario)|(?:los )?más (?:recientes|antiguos|valorados)|mejor valorados|ordenar por(?: ?:)? [^.!?]{1,20}|normas de participación|comentar)$/iu,
      examples: [
        "Responder",
        "Inicia sesión para comentar",
        "4 me gusta",
        "Ordenar por: Más recientes",
      ],
      nonExamples: ["Responder a la carta le llevó una semana."],
    },
    // footer
    {
      id: "footer/es/copyright-notice",
      kind: "footer",
      scope: "boundary",
      pattern:
        /^(?:©|\(c\)|copyright)(?: ?©)? ?(?:\d{4}(?: ?[-–] ?\d{4})?,? )(?:[^ ]+ ){2}.{0,200}$|todos los derechos reservados/iu,
      examples: [
        "© 2024 Ediciones del Litoral. Todos los derechos reservados.",
        "Copyright © 2019-2024 Sociedad Editora del Puerto",
      ],
      nonExamples: [
        "© 2024 Marcos Rey",
        "La ley de derechos de autor protege la fotografía, dictó el juez.",
      ],
    },
    {
      id: "footer/es/copyright",
      kind: "footer",
      pattern:
        /^(?:©|\(c\)|copyright (?:©|\(c\))|copyright \d{4}).{0,200}$|todos los derechos reservados|^(?:queda )?prohibida (?:la |su )?reproducción.{0,120}$/iu,
      examples: [
        "© 2024 Ediciones del Litoral. Todos los derechos reservados.",
        "Copyright 2019-2024 El Correo del Puerto",
        "Queda prohibida la reproducción total o parcial de este contenido.",
      ],
      nonExamples: ["La ley de derechos de autor protege la fotografía, dictó el juez."],
    },
    {
      id: "footer/es/legal-links",
      kind: "footer",
      pattern:
        /^(?:aviso legal|política de privacidad|política de cookies|términos y condiciones(?: de uso)?|términos de uso|condiciones (?:de uso|generales|legales)|contacto|contáctanos|contacta con nosotros|quiénes somos|sobre nosotros|acerca de(?: nosotros)?|publicita con nosotros|anúnciate|trabaja con nosotros|mapa del sitio|mapa web|accesibilidad|ayuda|preguntas frecuentes|rss|política editorial|código ético|libro de estilo|suscripciones|gestionar (?:mi )?suscripción|mi suscripción|defensor del (?:lector|suscriptor)|protección de datos|normas de uso|aviso de privacidad|créditos)$/iu,
      examples: ["Aviso legal", "Política de privacidad", "Quiénes somos"],
      nonExamples: ["El contacto se perdió a las 3 de la madrugada."],
    },
    // republish
    {
      id: "republish/es/originally-published",
      kind: "republish",
      pattern:
        /^(?:este (?:artículo|texto|reportaje)|esta (?:nota|noticia|columna|pieza|entrevista)) (?:fue |ha sido )?(?:publicad[oa]|difundid[oa]|republicad[oa]) (?:originalmente |originariamente |inicialmente |por primera vez )?(?:en|por|desde)\b.{0,200}$|^(?:publicad[oa] )?originalmente (?:en|por)\b.{0,160}$|^lee (?:el artículo|la nota|la noticia) original\.?$|^(?:reproducid[oa]|republicad[oa]) (?:con (?:permiso|autorización) (?:de|del)|bajo licencia)\b.{0,160}$/iu,
      examples: [
        "Este artículo fue publicado originalmente en The Conversation. Lee el artículo original.",
        "Esta nota fue publicada en la revista Norte y Sur.",
        "Lee el artículo original.",
      ],
      nonExamples: ["El informe, publicado originalmente en mayo, se retrasó."],
    },
    {
      id: "republish/es/source",
      kind: "republish",
      pattern:
        /^(?:[Ff]uentes? ?: ?[^.!?:]{1,60}|\(?[Cc]on (?:información|info) de (?:las? )?(?:agencias?|\p{Lu}[\p{L}-]{1,15})(?:(?: y |, ?)(?:las? )?(?:agencias?|\p{Lu}[\p{L}-]{1,15})){0,3}\)?\.?)$/u,
      examples: [
        "Fuente: INE",
        "Con información de agencias",
        "(Con información de Reuters y AFP)",
      ],
      nonExamples: [
        "Fuente: según el ministerio, 3.000 personas fueron evacuadas.",
        "Con información de primera mano, el juez decidió.",
      ],
    },
    // nav
    {
      id: "nav/es/see-more",
      kind: "nav",
      pattern:
        /^(?:(?:ver|mostrar|cargar|leer) (?:más|todo|todos|todas|la noticia completa|el artículo completo|más noticias|más artículos|todas las noticias)|seguir leyendo|más información)(?: ?[»›>]+|\.\.\.|…)?$/iu,
      examples: ["Ver más", "Leer más…", "Cargar más noticias", "Seguir leyendo »"],
      nonExamples: ["Ver más allá de lo evidente."],
    },
    {
      id: "nav/es/skip-link",
      kind: "nav",
      pattern:
        /^(?:(?:ir|saltar) al contenido(?: principal)?|saltar a la navegación|volver (?:arriba|al inicio)|ir arriba|(?:abrir |cerrar )?menú|menú principal|buscar|buscador|cerrar|inicio|portada|secciones|todas las secciones|(?:iniciar|inicia|cerrar) sesión|entrar|acceder|regístrate|registrarse|mi cuenta|mi perfil|hemeroteca|edición impresa|kiosco|anterior|siguiente|volver|versión (?:impresa|imprimible)|en directo|lo último|última hora|en portada|tendencias)$/iu,
      examples: ["Ir al contenido principal", "Volver arriba", "Menú", "Inicio"],
      nonExamples: ["Inicio de curso con huelga de profesores."],
    },
    {
      id: "nav/es/pagination",
      kind: "nav",
      pattern:
        /^(?:página \d+ de \d+|página (?:siguiente|anterior)|« ?anterior|siguiente ?»|(?:entradas|noticias|artículos) (?:anteriores|siguientes|más antiguas|más recientes)|(?:noticia|artículo) (?:anterior|siguiente)|continuar leyendo(?: ?[»→])?)$/iu,
      examples: ["Página 2 de 5", "Siguiente »", "Noticia anterior", "Continuar leyendo →"],
      nonExamples: ["Página 2 de 5 del informe: los costes."],
    },
    {
      id: "nav/es/tags-heading",
      kind: "nav",
      scope: "section",
      pattern:
        /^(?:(?:archivado en|etiquetas|tags|palabras clave|más sobre estos temas)(?: ?:)?|temas ?:)$/iu,
      examples: ["Archivado en:", "Etiquetas", "Temas:"],
      nonExamples: ["Temas como la vivienda dominaron el debate.", "Temas"],
    },
    {
      id: "nav/es/tags-line",
      kind: "nav",
      pattern: /^(?:archivado en|etiquetas|tags|palabras clave) ?: ?[^.!?]{1,200}$/iu,
      examples: ["Archivado en: Elecciones, Madrid, Partido Popular", "Etiquetas: fútbol, Liga"],
      nonExamples: ["Etiquetas: los expertos dicen que no sirven de nada."],
    },
    // reading time
    {
      id: "readingTime/es/min-read",
      kind: "readingTime",
      pattern:
        /^(?:(?:unos|aprox\.|aproximadamente) )?(?<minutes>\d{1,3}) ?(?:min(?:uto)?s?\.?)(?: (?<seconds>\d{1,2}) ?s(?:eg(?:undos?)?)?\.?)? de lectura$/iu,
      examples: ["5 min de lectura", "3 minutos de lectura", "2 min 30 s de lectura"],
      nonExamples: ["5 minutos de lectura al día bastan, según el estudio.", "5 min"],
    },
    {
      id: "readingTime/es/label",
      kind: "readingTime",
      pattern:
        /^(?:tiempo (?:estimado )?de lectura|lectura(?: de)?)(?: ?: ?| )(?:unos |aprox\. |aproximadamente )?(?<minutes>\d{1,3}) ?(?:min(?:uto)?s?\.?)(?: (?<seconds>\d{1,2}) ?s(?:eg(?:undos?)?)?\.?)?$/iu,
      examples: ["Tiempo de lectura: 3 minutos", "Lectura: 4 min", "Lectura de 5 minutos"],
      nonExamples: ["El tiempo de lectura cae entre los adolescentes."],
    },
    // bylines
    {
      id: "byline/es/por",
      kind: "byline",
      pattern:
        /^(?:[Pp]or|POR|[Ee]scrito por|ESCRITO POR|[Rr]edactado por|[Tt]exto(?: ?:| de)|[Aa]utora? ?:|[Rr]edacción ?:|[Ee]ntrevista de|[Cc]rónica de|[Rr]eportaje de|[Pp]ublicado por)\s+(?<names>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ,]+(?:y |e |& |de |del |de la |de los |de las |la |van |von )?\p{Lu}[\p{L}\p{M}'’.-]*){0,11})(?:\s*[|,·•–—/]\s*[^.!?]{0,60}| (?:[Pp]ublicado|[Aa]ctualizado)(?: el)?:? \d[^!?]{0,100}| \d{1,2}[ ./-][^!?]{0,100})?$/u,
      examples: [
        "Por María López y Juan Pérez",
        "Por María López 19/06/2024 10:12",
        "Por José de la Torre, enviado especial a Kiev",
        "POR ANA GARCÍA | Corresponsal en Bruselas",
        "Texto: Lucía Martín",
      ],
      nonExamples: [
        "Por otra parte, el proyecto fracasó.",
        "Por Navidad, las ventas suben en toda España.",
      ],
    },
    // date lines
    {
      id: "dateline/es/updated",
      kind: "dateline",
      dateRole: "modified",
      pattern:
        /^(?:(?:última )?actualización|actualizad[oa]|modificad[oa]|editad[oa])(?: (?:el|a las))?(?: ?: ?| )(?<date>(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),? )?\d{1,4}[ ./-].{0,80})(?<!\p{L}[.!?])$/iu,
      examples: ["Actualizado: 20/06/2024 10:12", "Actualizado el 20 de junio de 2024, 11:00"],
      nonExamples: ["Actualizado cada semana, el manual sigue siendo una referencia."],
    },
    {
      id: "dateline/es/published",
      kind: "dateline",
      pattern:
        /^(?:publicad[oa]|fecha de publicación|fecha|cread[oa]|emitid[oa])(?: (?:el|a las))?(?: ?: ?| )(?<date>(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),? )?\d{1,4}[ ./-].{0,80})(?<!\p{L}[.!?])$/iu,
      examples: [
        "Publicado el 19 de junio de 2024 a las 10:12",
        "Publicado: 12/03/2024 10:30 | Actualizado: 12/03/2024 14:00",
        "Fecha: martes, 1 de octubre de 2024",
      ],
      nonExamples: ["Publicado en 2019, el libro fue un gran éxito."],
    },
    // captions
    {
      id: "caption/es/glued-credit",
      kind: "caption",
      pattern:
        /\((?<credit>(?:foto|fotos|fotografía|imagen|ilustración|captura|crédito)(?: de archivo)?(?: ?[:/©] ?| )[^()]{1,80}|(?:foto|imagen) de archivo|archivo|©\s?[^()]{1,80})\)$/iu,
      examples: [
        "Barcos en el puerto al amanecer. (Foto: Juana Ruiz)",
        "La vieja fábrica del barrio norte (Imagen de archivo)",
        "El alcalde durante el pleno (© Marcos Rey)",
      ],
      nonExamples: ["El proyecto (que el alcalde apoyaba) fracasó."],
    },
    {
      id: "caption/es/credit-suffix",
      kind: "caption",
      pattern:
        /(?:^|[.!?]\s+|\s[|–—-]\s|\s)(?:foto|fotografía|imagen|ilustración|vídeo|video|gráfico|infografía)s?(?: de archivo)? ?(?:: ?©?|©) ?(?<credit>[^:\s.©][^:.©]{1,59})$|^(?:créditos?(?: de (?:la )?(?:foto|imagen))?|fuente de la imagen|cortesía(?: de)?) ?: ?©? ?(?<credit2>[^:\s.©][^:.©]{1,59})$/iu,
      examples: [
        "Foto: Marcos Rey",
        "Crédito de la foto: Juana Ruiz",
        "Barcos al amanecer. Foto: Marcos Rey",
      ],
      nonExamples: ["La foto: un borrón de colores, dijo, que no piensa vender."],
    },
  ],
  stopWords: [
    "el",
    "la",
    "los",
    "las",
    "de",
    "del",
    "y",
    "en",
    "a",
    "al",
    "que",
    "es",
    "un",
    "una",
    "unos",
    "unas",
    "por",
    "con",
    "para",
    "no",
    "se",
    "su",
    "sus",
    "lo",
    "le",
    "les",
    "como",
    "más",
    "pero",
    "o",
    "ya",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "eso",
    "ha",
    "han",
    "fue",
    "ser",
    "son",
    "era",
    "está",
    "están",
    "sobre",
    "entre",
    "cuando",
    "también",
    "hasta",
    "desde",
    "muy",
    "sin",
    "porque",
    "todo",
    "todos",
    "toda",
    "todas",
    "hay",
    "donde",
    "durante",
    "tras",
    "ante",
    "según",
    "nos",
    "me",
    "mi",
    "qué",
    "quien",
    "cual",
    "sido",
    "había",
    "puede",
    "pueden",
    "otro",
    "otra",
    "otros",
    "otras",
    "mismo",
    "misma",
    "así",
    "aunque",
    "ni",
    "cada",
    "solo",
    "sólo",
    "después",
    "antes",
    "contra",
    "hacia",
    "dijo",
    "ahora",
    "él",
    "ella",
    "ellos",
    "ellas",
    "dos",
    "bien",
    "tiene",
    "tienen",
    "hace",
  ],
  months: {
    enero: 1,
    ene: 1,
    febrero: 2,
    feb: 2,
    marzo: 3,
    mar: 3,
    abril: 4,
    abr: 4,
    mayo: 5,
    may: 5,
    junio: 6,
    jun: 6,
    julio: 7,
    jul: 7,
    agosto: 8,
    ago: 8,
    septiembre: 9,
    setiembre: 9,
    sep: 9,
    sept: 9,
    set: 9,
    octubre: 10,
    oct: 10,
    noviembre: 11,
    nov: 11,
    diciembre: 12,
    dic: 12,
  },
};
