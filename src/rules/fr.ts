import type { RulePack } from "./types.js";

/**
 * French rules: related-link teasers ("Lire aussi :"), subscriber promos, share rows, newsletter
 * and app pushes, cookie notices, comments, footers and legal links, republishing and source
 * notices, advertisement markers, site navigation, bylines ("Par"), date lines ("Publié le",
 * "Mis à jour le"), reading times and photo credits.
 *
 * @example
 * ```ts
 * import { fr } from "newsclean";
 * fr.rules.find((r) => r.id === "related/fr/lire-aussi")?.kind; //=> "related"
 * ```
 */
export const fr: RulePack = {
  lang: "fr",
  rules: [
    // related
    {
      id: "related/fr/lire-aussi",
      kind: "related",
      pattern:
        /^(?:[»>►▶•] ?)?(?<label>(?:à |a )?lire (?:aussi|également|encore)|lisez (?:aussi|également)|(?:à |a )?voir (?:aussi|également)|à lire|à voir|à découvrir(?: aussi)?|sur le même (?:sujet|thème)|notre (?:article|dossier|enquête|décryptage)|nos articles|articles? liés?|en savoir plus|pour aller plus loin|découvrez aussi|(?:à |a )?écouter aussi|(?:à |a )?regarder aussi)\s*(?:[:|\-–—]|>>?)\s*(?<title>\S.*)$/iu,
      examples: [
        "Lire aussi : Le gouvernement présente son projet de loi sur l’énergie",
        "LIRE AUSSI | Inondations : trois écoles fermées dans le Gard",
        "» À lire aussi : Les secrets d'une vieille abbaye",
        "Sur le même sujet >> La réforme des retraites expliquée",
      ],
      nonExamples: [
        "Lire aussi les petites lignes avant de signer, a-t-il conseillé.",
        "À lire les chiffres, la crise est loin d'être finie.",
      ],
    },
    {
      id: "related/fr/section-heading",
      kind: "related",
      scope: "section",
      pattern:
        /^(?:(?:à |a )?lire (?:aussi|également)|(?:à |a )?voir aussi|sur le même (?:sujet|thème)|dans la même rubrique|articles? (?:liés|similaires|associés|recommandés|connexes)|(?:nos |les )?(?:articles|contenus) (?:liés|recommandés|similaires)|vous (?:aimerez|pourriez aimer|pourriez aussi aimer|aimerez aussi|aimerez également)(?: aussi| également)?|(?:ça|cela|ceci) (?:peut|pourrait) (?:aussi |également )?vous intéresser|ces articles (?:peuvent|pourraient) (?:aussi |également )?vous intéresser|(?:les )?(?:articles |vidéos |infos )?les plus (?:lus|populaires|partagés|commentés|vus|consultés)(?: de la semaine| du jour| du moment)?|le plus lu|(?:les )?dernières (?:infos|informations|actualités|actus|nouvelles|publications|vidéos|news)|l['’]actu(?:alité)? en continu|(?:l['’]info|l['’]actu) en direct|toute l['’]actu(?:alité)?|fil d['’]actu(?:alité)?s?|(?:sélectionnés?|recommandés?) pour vous|nos (?:recommandations|suggestions|sélections)|(?:à |a )?découvrir(?: aussi| également)?|ailleurs sur (?:le web|(?:le|notre) site)|autour du web|sur le web|plus d['’](?:articles|actualités|infos|actus|vidéos)(?: (?:sur|de) [^.!?:]{1,40})?|plus de (?:vidéos|articles|news)|dans la rubrique [^.!?:]{1,40}|pour aller plus loin|les incontournables|notre sélection)(?: ?:)?$/iu,
      examples: [
        "Sur le même sujet",
        "Les plus lus",
        "Vous aimerez aussi",
        "Dernières actualités",
        "Ces articles peuvent vous intéresser",
      ],
      nonExamples: [
        "Les plus lus des romans de l'été ont été vendus à prix cassés.",
        "Sur le même sujet, le ministre n'a rien dit.",
      ],
    },
    // promo
    {
      id: "promo/fr/subscriber-only",
      kind: "promo",
      pattern:
        /^(?:(?:cet )?article réservé (?:aux|à nos) abonnés|(?:la suite|le reste) (?:de cet article )?est réservée? (?:aux|à nos) abonnés\.?|il vous reste \d{1,3} ?% de cet article à lire\.?(?: la suite est réservée aux abonnés\.?)?|déjà abonnée? ?\?(?: ?(?:se connecter|connectez-vous|je me connecte))?|(?:je m['’]abonne|s['’]abonner|abonnez-vous)(?: (?:pour|dès|à partir de) [^.!?]{1,40})?(?: ?!)?|offre (?:spéciale|d['’]abonnement|découverte|limitée|numérique)(?: ?[:!] ?[^.!?]{1,60})?|(?:contenu|article) (?:premium|abonnés?|réservé))$/iu,
      examples: [
        "Article réservé aux abonnés",
        "Il vous reste 75% de cet article à lire. La suite est réservée aux abonnés.",
        "Déjà abonné ? Se connecter",
        "Je m'abonne pour 1 € le premier mois",
      ],
      nonExamples: ["Les abonnés ont reçu un courrier de la direction la semaine dernière."],
    },
    {
      id: "promo/fr/call-to-action",
      kind: "promo",
      pattern:
        /(?:^|[\s¡])(?:découvrez|découvrir|abonnez-vous|inscrivez-vous|téléchargez|essayez|profitez|regardez|écoutez|commandez|réservez|cliquez|participez|jouez|testez|en savoir plus|voir l['’]offre|j['’]en profite)(?:-le|-la|-les)?(?: (?:ici|maintenant|gratuitement|dès maintenant|dès aujourd['’]hui|vite|sans attendre))(?: (?:ici|maintenant|gratuitement))?(?: ?!+| ?[»›>]+)?$/iu,
      examples: [
        "Découvrez-le dès maintenant !",
        "Le nouveau guide des vins de Bourgogne est sorti. Commandez-le ici »",
        "Essayez gratuitement",
      ],
      nonExamples: [
        "Le concert commencera dès maintenant, a indiqué l'organisateur.",
        "Ils écoutent ici.",
      ],
    },
    {
      id: "promo/fr/get-updates",
      kind: "promo",
      pattern:
        /^(?:suivez|retrouvez|recevez|ne manquez rien de|restez informés? (?:de|sur)) (?:toute l['’]actu(?:alité)?|toutes les (?:infos|informations|actualités|actus|dernières (?:infos|informations|actualités|actus|nouvelles))|l['’]essentiel de l['’]actu(?:alité)?|l['’]actu(?:alité)? en (?:direct|continu|temps réel)|nos alertes|les alertes)(?: .{0,120})?$/iu,
      examples: [
        "Suivez toute l'actualité de la Coupe du monde en direct sur notre site",
        "Retrouvez toutes les dernières informations sur la crise en Ukraine.",
      ],
      nonExamples: ["Suivez la route nationale sur dix kilomètres jusqu'au village."],
    },
    {
      id: "promo/fr/sponsored",
      kind: "promo",
      pattern:
        /^(?:contenus? sponsorisés?|articles? sponsorisés?|sponsorisé(?: par [^.!?]{1,60})?|publi-?(?:rédactionnel|reportage|communiqué)|contenu (?:partenaire|de marque|proposé par [^.!?]{1,60})|en partenariat avec [^.!?]{1,60}|proposé par [^.!?]{1,60}|contenus? promotionnels?)$/iu,
      examples: ["Contenu sponsorisé", "Publireportage", "En partenariat avec la Banque du Sud"],
      nonExamples: ["Les événements sponsorisés ont attiré les foules."],
    },
    // advertisement
    {
      id: "advertisement/fr/marker",
      kind: "advertisement",
      pattern:
        /^[-–—\s[(]*(?:publicité|pub|annonce|espace publicitaire|contenu publicitaire|ads?)[-–—\s\])]*$/iu,
      examples: ["Publicité", "PUBLICITÉ", "- Publicité -", "[Pub]"],
      nonExamples: ["Publicité mensongère : l'enseigne condamnée.", "Annonce du gouvernement"],
    },
    {
      id: "advertisement/fr/continues-below",
      kind: "advertisement",
      pattern:
        /^(?:(?:la )?suite (?:de l['’]article |de cet article |du texte )?(?:après|sous) (?:cette |la |l['’])?(?:publicité|annonce|pub)|l['’]article (?:continue|se poursuit) (?:après|sous) (?:cette |la )?(?:publicité|annonce|pub)|(?:publicité, )?votre contenu continue (?:ci-dessous|après cette publicité))\.?$/iu,
      examples: [
        "La suite après cette publicité",
        "Publicité, votre contenu continue ci-dessous",
        "Suite de l'article après la publicité",
      ],
      nonExamples: ["La suite après cette annonce a surpris le public."],
    },
    {
      id: "advertisement/fr/scroll-to-continue",
      kind: "advertisement",
      pattern:
        /^(?:faites défiler|faire défiler|défilez) (?:vers le bas )?pour (?:continuer|poursuivre|lire la suite)(?: la lecture| à lire)?\.?$/iu,
      examples: ["Faites défiler pour continuer", "Défilez vers le bas pour poursuivre la lecture"],
      nonExamples: ["Faites défiler les photos pour voir le chantier avancer."],
    },
    // share
    {
      id: "share/fr/share-this",
      kind: "share",
      pattern:
        /^(?:partager(?: (?:cet article|l['’]article|la vidéo|ce contenu|le lien|sur (?:facebook|twitter|x|linkedin|whatsapp|messenger|bluesky)|par (?:e-?mail|courriel|sms)))?|partagez(?: (?:cet article|sur [^.!?]{1,30}))?|envoyer (?:par (?:e-?mail|courriel)|à un ami|cet article)|imprimer(?: (?:l['’]article|cet article|la page))?|copier(?: le)? lien|lien copié|enregistrer(?: (?:l['’]article|cet article))?|sauvegarder(?: l['’]article)?|ajouter (?:à|aux) (?:mes )?favoris|offrir(?: (?:cet|l['’]) ?article)?|tweeter)(?: ?:)?$/iu,
      examples: ["Partager", "Partager sur Facebook", "Imprimer l'article", "Partager :"],
      nonExamples: ["Partager les richesses reste son combat.", "Imprimer des billets coûte cher."],
    },
    {
      id: "share/fr/follow-us",
      kind: "share",
      pattern:
        /^(?:suivez|rejoignez|retrouvez|abonnez-vous à)(?:-nous| nous| \S+(?: \S+){0,3}) sur (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp|snapchat|google (?:news|actualités)|(?:les |nos )?réseaux sociaux)(?=[\s,.;:!]|$).{0,100}$/iu,
      examples: [
        "Suivez-nous sur Facebook, Twitter et Instagram",
        "Retrouvez Marie Durand sur X @mariedurand",
        "Rejoignez-nous sur WhatsApp pour ne rien manquer",
      ],
      nonExamples: ["Suivez la rivière vers le nord sur deux kilomètres."],
    },
    // newsletter
    {
      id: "newsletter/fr/sign-up",
      kind: "newsletter",
      pattern:
        /^(?:[^.!?]{1,60}[.!?] )?(?:inscrivez-vous|abonnez-vous|s['’]inscrire|s['’]abonner|je m['’]inscris|je m['’]abonne|recevez|recevoir) .{0,80}(?:newsletters?|lettres? d['’]info(?:rmation)?s?|infolettres?)|^(?:newsletters?|(?:notre|la|nos) newsletters?(?: [^.!?]{1,40})?|lettre d['’]information|infolettre)$/iu,
      examples: [
        "Inscrivez-vous à notre newsletter",
        "Vous aimez nos articles ? Abonnez-vous gratuitement à la newsletter quotidienne.",
        "Newsletter",
        "La newsletter Économie",
      ],
      nonExamples: ["Elle s'est abonnée à trois journaux quand elle était enfant."],
    },
    {
      id: "newsletter/fr/inbox",
      kind: "newsletter",
      pattern:
        /(?:directement|gratuitement|chaque (?:jour|semaine|matin|soir|mois)|tous les (?:jours|matins|soirs)) dans (?:votre|ta) boîte (?:mail|e-mail|email|aux lettres|de réception)|^(?:recevez|recevoir|inscrivez-vous|abonnez-vous)[^.!?]{0,80} dans (?:votre|ta) boîte (?:mail|e-mail|email|aux lettres|de réception)/iu,
      examples: [
        "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
        "Le meilleur de la semaine, directement dans votre boîte de réception",
      ],
      nonExamples: ["La lettre est arrivée dans sa boîte aux lettres vendredi."],
    },
    {
      id: "newsletter/fr/email-field",
      kind: "newsletter",
      pattern:
        /^(?:(?:saisissez|entrez|indiquez|renseignez) votre (?:adresse )?(?:e-?mail|mail|courriel)|votre (?:adresse )?(?:e-?mail|mail|courriel)|adresse (?:e-?mail|mail|courriel)|merci (?:pour votre|de votre) inscription|vous êtes (?:bien )?inscrite?s?|votre inscription a bien été (?:prise en compte|enregistrée))(?: ?[!.:])?$/iu,
      examples: [
        "Saisissez votre adresse e-mail",
        "Merci pour votre inscription !",
        "Adresse e-mail :",
      ],
      nonExamples: ["Les adresses e-mail de 2 000 agents ont fuité."],
    },
    // app
    {
      id: "app/fr/download-app",
      kind: "app",
      pattern:
        /^(?:[^.!?]{1,60}[.!?] )?(?:téléchargez|télécharger|installez|essayez|découvrez) (?:gratuitement )?(?:l['’]|notre |la nouvelle )(?:application|appli|app)(?=[\s,.;:!]|$)|^(?:(?:également |aussi )?disponible sur (?:l['’])?(?:app store|google play)(?: et (?:sur )?(?:l['’])?(?:app store|google play))?|télécharger (?:dans|sur) l['’]app store)(?: ?[.!])?$/iu,
      examples: [
        "Téléchargez l'application Le Journal du Port pour suivre l'actualité",
        "Disponible sur l'App Store et Google Play",
      ],
      nonExamples: ["L'application a été téléchargée deux millions de fois."],
    },
    // cookie
    {
      id: "cookie/fr/we-use-cookies",
      kind: "cookie",
      pattern:
        /(?:nous|ce site|notre site|ce site web|notre site web|nos partenaires) (?:utilis(?:e|ons|ent)|dépos(?:e|ons|ent)|recour(?:t|ons|ent) à) (?:des |les |de )?(?:cookies|traceurs|témoins)|en (?:poursuivant|continuant) (?:votre |la )?navigation sur (?:ce|notre) site|^(?:gestion|paramètres?|paramétrage|réglages?) des cookies$|^(?:paramétrer|gérer) (?:les |mes )?cookies$/iu,
      examples: [
        "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation sur ce site, vous acceptez leur utilisation.",
        "Ce site utilise des cookies",
        "Paramétrer les cookies",
      ],
      nonExamples: ["La boulangerie a vendu 400 cookies avant midi."],
    },
    {
      id: "cookie/fr/consent-button",
      kind: "cookie",
      pattern:
        /^(?:accepter(?: et (?:fermer|continuer)| tout| tous les cookies| les cookies)?|tout accepter|j['’]accepte(?: les cookies)?|refuser(?: tout| et fermer| les cookies)?|tout refuser|continuer sans accepter|personnaliser(?: mes choix)?|gérer (?:mes |les )?(?:choix|préférences|options)|ok|j['’]ai compris|plus d['’]options)(?: ?[!.])?$/iu,
      examples: ["Accepter", "Tout accepter", "J'ai compris !", "Continuer sans accepter"],
      nonExamples: ["Accepter le résultat, a-t-elle dit, serait une erreur."],
    },
    // comments
    {
      id: "comments/fr/section-heading",
      kind: "comments",
      scope: "tail",
      pattern:
        /^(?:commentaires?|\d+ commentaires?|commentaires? \(\d+\)|\d+ réactions?|réactions? \(\d+\)|(?:laisser|laissez|ajouter|écrire|poster|publier|déposer|rédiger) (?:un |votre )?(?:commentaire|réaction)|réagir à (?:cet|l['’]) ?article|réagissez à (?:cet|l['’]) ?article|(?:voir|afficher|lire|charger) (?:les |tous les )?(?:\d+ )?(?:commentaires|réactions)|participez à la discussion|rejoignez la (?:discussion|conversation)|(?:et vous, )?qu['’]en pensez-vous ?\?|vos réactions|vos commentaires|les commentaires sont fermés\.?)(?: ?:)?$/iu,
      examples: [
        "Commentaires (3)",
        "Laisser un commentaire",
        "Réagir à cet article",
        "12 réactions",
      ],
      nonExamples: ["Commentaires du ministre : l'opposition s'insurge.", "Réactions"],
    },
    {
      id: "comments/fr/actions",
      kind: "comments",
      pattern:
        /^(?:répondre|signaler(?: (?:un abus|ce commentaire|un contenu))?|alerter|j['’]aime|\d+ (?:j['’]aime|réponses?|likes?|votes?)|(?:connectez-vous|identifiez-vous|se connecter|abonnez-vous) pour (?:commenter|réagir|répondre)|vous devez être connectée? pour (?:publier|poster|laisser|écrire) un commentaire\.?|(?:annuler|publier|envoyer) (?:la réponse|le commentaire|mon commentaire|ma réponse)|les plus (?:récents|anciens|appréciés|populaires)|trier par(?: ?:)? [^.!?]{1,20}|charte de modération)$/iu,
      examples: [
        "Répondre",
        "Connectez-vous pour commenter",
        "4 j'aime",
        "Trier par : Plus récents",
      ],
      nonExamples: ["Répondre à la lettre lui a pris une semaine."],
    },
    // caption, ahead of the footer: a "© name / agency" credit is not a copyright line
    {
      id: "caption/fr/copyright-credit",
      kind: "caption",
      pattern: /^©\s?(?<credit>[^\d©/:.!?\s][^\d©/:.!?]{0,40}\/ ?[^\d©/:.!?]{1,40})$/u,
      examples: ["© Jeanne Dupont / Agence du Sud", "©Marc Roux/Studio Nord"],
      nonExamples: ["© 2024 Le Courrier du Port", "© Éditions du Littoral"],
    },
    // footer
    {
      id: "footer/fr/copyright-notice",
      kind: "footer",
      scope: "boundary",
      pattern:
        /^(?:©|\(c\)|copyright)(?: ?©)? ?(?:\d{4}(?: ?[-–] ?\d{4})?,? )(?:[^ ]+ ){2}.{0,200}$|tous droits réservés|droits de reproduction (?:et de diffusion )?réservés/iu,
      examples: [
        "© 2024 Éditions du Littoral. Tous droits réservés.",
        "Copyright © 2019-2024 Société du Courrier du Port",
        "Droits de reproduction et de diffusion réservés",
      ],
      nonExamples: [
        "© 2024 Jeanne Dupont",
        "Le droit d'auteur protège la photographie, a jugé le tribunal.",
      ],
    },
    {
      id: "footer/fr/copyright",
      kind: "footer",
      pattern:
        /^(?:©|\(c\)|copyright (?:©|\(c\))|copyright \d{4}).{0,200}$|tous droits réservés|droits de reproduction (?:et de diffusion )?réservés|^toute reproduction.{0,80}interdite/iu,
      examples: [
        "© 2024 Éditions du Littoral. Tous droits réservés.",
        "Copyright 2019-2024 Le Courrier du Port",
        "Toute reproduction, même partielle, est interdite.",
      ],
      nonExamples: ["Le droit d'auteur protège la photographie, a jugé le tribunal."],
    },
    {
      id: "footer/fr/legal-links",
      kind: "footer",
      pattern:
        /^(?:mentions légales|politique de confidentialité|(?:charte|politique) (?:de confidentialité|des données personnelles|de protection des données|cookies)|données personnelles|conditions générales(?: d['’](?:utilisation|vente))?|cgu|cgv|cgu ?\/ ?cgv|contact(?:ez-nous)?|nous contacter|qui sommes-nous ?\??|à propos|a propos|annonceurs|recrutement|nous rejoindre|plan du site|accessibilité(?: ?: ?(?:non|partiellement|totalement) conforme)?|aide|faq|flux rss|rss|charte (?:éditoriale|déontologique)|abonnements?|gérer (?:mon|votre) abonnement|espace abonnés?|crédits|partenaires)$/iu,
      examples: ["Mentions légales", "Politique de confidentialité", "Contactez-nous"],
      nonExamples: ["Le contact a été perdu à 3 heures du matin."],
    },
    // republish
    {
      id: "republish/fr/originally-published",
      kind: "republish",
      pattern:
        /^(?:cet article|ce texte|cette tribune|cette chronique|ce billet|cette analyse) (?:a été |est )?(?:initialement |originellement |d['’]abord |préalablement )?(?:publiée?|paru|republiée? (?:à partir|depuis)) (?:sur|dans|par|de|le)\b.{0,200}$|^(?:article |texte )?(?:initialement|originellement) (?:publié|paru) (?:sur|dans|par|le)\b.{0,160}$|^lire l['’]article (?:original|d['’]origine|source)\.?$|^(?:republié|reproduit|repris) avec (?:l['’]autorisation|la permission|l['’]accord) (?:de|du|des)\b.{0,100}$/iu,
      examples: [
        "Cet article est republié à partir de The Conversation sous licence Creative Commons. Lire l'article original.",
        "Cet article a été initialement publié sur le site de la Revue du Nord.",
        "Lire l'article original.",
      ],
      nonExamples: ["Le rapport, initialement prévu en mai, a été retardé."],
    },
    {
      id: "republish/fr/source",
      kind: "republish",
      pattern:
        /^(?:[Ss]ources? ?: ?[^.!?:]{1,60}|\(?[Aa]vec (?:l['’])?(?:agences?|\p{Lu}{2,8})(?:(?: et |, ?)(?:l['’])?(?:agences?|\p{Lu}{2,8})){0,3}\)?\.?)$/u,
      examples: [
        "Source : Insee",
        "Avec AFP",
        "(Avec l'AFP et AP)",
        "Sources : ministère de l'Intérieur",
      ],
      nonExamples: [
        "Source : selon le ministère, 3 000 personnes ont été évacuées.",
        "Avec le temps, tout s'en va.",
        "Avec Marie",
      ],
    },
    // nav
    {
      id: "nav/fr/see-more",
      kind: "nav",
      pattern:
        /^(?:(?:voir|afficher|charger|lire) (?:plus|tout|tous|toutes|la suite|l['’]article|plus d['’](?:articles|actualités|infos)|tous les articles|toutes les (?:actualités|actus|infos|vidéos))|en savoir plus|plus d['’]infos)(?: ?[»›>]+|\.\.\.|…)?$/iu,
      examples: ["Voir plus", "Lire la suite…", "Voir tous les articles", "En savoir plus »"],
      nonExamples: ["Voir plus loin que le bout de son nez."],
    },
    {
      id: "nav/fr/skip-link",
      kind: "nav",
      pattern:
        /^(?:(?:aller|passer) au contenu(?: principal)?|aller (?:à la navigation|au menu|à la recherche|au pied de page)|retour en haut(?: de (?:la )?page)?|haut de page|(?:ouvrir |fermer )?(?:le )?menu|menu principal|rechercher|recherche|fermer|accueil|retour(?: à l['’]accueil)?|rubriques|toutes les rubriques|(?:se )?connecter|connexion|(?:se )?déconnecter|déconnexion|s['’]inscrire|inscription|mon compte|mon espace|journal numérique|édition numérique|le journal du jour|version imprimable|précédente?|suivante?|en direct|direct|en continu|fil info|à la une|tendances?|en ce moment)$/iu,
      examples: ["Aller au contenu principal", "Retour en haut", "Menu", "Accueil"],
      nonExamples: ["Accueil chaleureux pour les réfugiés à la gare."],
    },
    {
      id: "nav/fr/pagination",
      kind: "nav",
      pattern:
        /^(?:page \d+ (?:sur|de) \d+|page (?:suivante|précédente)|« ?précédente?|suivante? ?»|articles? (?:plus anciens|plus récents|précédents?|suivants?)|(?:continuer|poursuivre) la lecture(?: ?[»→])?)$/iu,
      examples: ["Page 2 sur 5", "Suivant »", "Article précédent", "Continuer la lecture →"],
      nonExamples: ["Page 2 du rapport, les coûts sont détaillés."],
    },
    {
      id: "nav/fr/tags-heading",
      kind: "nav",
      scope: "section",
      pattern:
        /^(?:(?:mots[- ]clés|tags|sujets associés|thématiques associées)(?: ?:)?|(?:thèmes|sujets) ?:)$/iu,
      examples: ["Mots-clés :", "Sujets associés", "Thèmes :"],
      nonExamples: ["Mots-clés du discours : sécurité et emploi, a noté l'analyste.", "Sujets"],
    },
    {
      id: "nav/fr/tags-line",
      kind: "nav",
      pattern: /^(?:mots[- ]clés|tags|thèmes|sujets associés) ?: ?[^.!?]{1,200}$/iu,
      examples: ["Mots-clés : Inondations, Gard, Météo-France", "Thèmes : Politique, Élections"],
      nonExamples: ["Thèmes : les experts disent que rien n'a changé."],
    },
    // reading time
    {
      id: "readingTime/fr/min-read",
      kind: "readingTime",
      pattern:
        /^(?:(?:environ|env\.) )?(?<minutes>\d{1,3}) ?(?:min(?:ute)?s?\.?)(?: (?<seconds>\d{1,2}) ?s(?:ec(?:onde)?s?)?)? (?:de lecture|à lire)$/iu,
      examples: ["5 min de lecture", "3 minutes de lecture", "2 min 30 s de lecture"],
      nonExamples: ["5 minutes de lecture par jour suffisent, selon l'étude.", "5 min"],
    },
    {
      id: "readingTime/fr/label",
      kind: "readingTime",
      pattern:
        /^(?:temps de lecture(?: estimé)?|durée de lecture|lecture)(?: ?: ?| )(?:environ |env\. )?(?<minutes>\d{1,3}) ?(?:min(?:ute)?s?\.?)(?: (?<seconds>\d{1,2}) ?s(?:ec(?:onde)?s?)?\.?)?$/iu,
      examples: ["Temps de lecture : 3 minutes", "Lecture 4 min.", "Lecture : 2 min"],
      nonExamples: ["Le temps de lecture baisse chez les adolescents."],
    },
    // bylines
    {
      id: "byline/fr/par",
      kind: "byline",
      pattern:
        /^(?:[Pp]ar|PAR|[ÉéEe]crit par|ÉCRIT PAR|(?:[Aa]rticle )?[Rr]édigé par|[Pp]ropos recueillis par|[Uu]n article de|[Uu]ne chronique de|[Aa]uteure? ?:|[Tt]exte ?:|[Pp]ublié par)\s+(?<names>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ,]+(?:et |& |de |du |des |de la |d['’]|le |la |van |von )?\p{Lu}[\p{L}\p{M}'’.-]*){0,11})(?:\s*[|,·•–—]\s*[^.!?]{0,60}| (?:[Pp]ublié|[Mm]is à jour|[Mm]odifié)(?: le)? \d[^!?]{0,100}| [Ll]e \d[^!?]{0,100})?$/u,
      examples: [
        "Par Jeanne Dupont et Marc Lefèvre",
        "Par Jeanne Dupont Publié le 19 juin 2024 à 10h12",
        "Propos recueillis par Élise Martin",
        "PAR ALAIN ROUX | Correspondant à Bruxelles",
        "Par Jean de La Fontaine, envoyé spécial à Kiev",
      ],
      nonExamples: [
        "Par ailleurs, le projet a échoué.",
        "Par Internet, les fraudeurs ont volé des millions d'euros.",
      ],
    },
    // date lines
    {
      id: "dateline/fr/updated",
      kind: "dateline",
      dateRole: "modified",
      pattern:
        /^(?:(?:dernière )?mise à jour|mis à jour|actualisé|modifié|màj|maj)(?: le)?(?: ?: ?| )(?<date>(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?\d{1,4}(?:er)?[ ./-].{0,80})(?<!\p{L}[.!?])$/iu,
      examples: ["Mis à jour le 20 juin 2024 à 10h12", "Mise à jour : 20/06/2024 14:05"],
      nonExamples: ["Mis à jour chaque semaine, le guide reste une référence."],
    },
    {
      id: "dateline/fr/published",
      kind: "dateline",
      pattern:
        /^(?:publié|publiée|mis en ligne|créé|posté|paru|date de publication|date)(?: le)?(?: ?: ?| )(?<date>(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?\d{1,4}(?:er)?[ ./-].{0,80})(?<!\p{L}[.!?])$/iu,
      examples: [
        "Publié le 19 juin 2024 à 10h12",
        "Publié le 12/03/2024 à 10h30, mis à jour le 12/03/2024 à 14h00",
        "Mis en ligne le mardi 1er octobre 2024",
      ],
      nonExamples: ["Publié en 2019, le livre a connu un grand succès."],
    },
    // captions
    {
      id: "caption/fr/glued-credit",
      kind: "caption",
      pattern:
        /\((?<credit>(?:photo|photos|image|illustration|crédits?(?: photo)?|archives?|capture d['’]écran)(?: ?[:/©] ?| )[^()]{1,80}|photo d['’]illustration|archives|©\s?[^()]{1,80})\)$/iu,
      examples: [
        "Des bateaux dans le port à l'aube. (Photo : Jeanne Dupont)",
        "La vieille usine du quartier nord (Photo d'illustration)",
        "Le maire lors de la séance du conseil (© Marc Roux)",
      ],
      nonExamples: ["Le projet (que le maire soutenait) a échoué."],
    },
    {
      id: "caption/fr/credit-suffix",
      kind: "caption",
      pattern:
        /(?:^|[.!?]\s+|\s[|–—-]\s|\s)(?:photo|image|illustration|vidéo|infographie|dessin)s?(?: d['’]illustration)? ?(?:: ?©?|©) ?(?<credit>[^:\s.©][^:.©]{1,59})$|^(?:crédits?(?: photos?| images?)?|source (?:de la photo|de l['’]image)) ?: ?©? ?(?<credit2>[^:\s.©][^:.©]{1,59})$/iu,
      examples: [
        "Photo : Marc Roux",
        "Crédit photo : Jeanne Dupont",
        "Des bateaux à l'aube. Photo © Éric Blanc",
      ],
      nonExamples: ["La photo : un flou de couleurs, dit-elle, qu'elle ne vendra pas."],
    },
  ],
  stopWords: [
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "un",
    "une",
    "et",
    "en",
    "à",
    "au",
    "aux",
    "est",
    "que",
    "qui",
    "dans",
    "pour",
    "pas",
    "sur",
    "par",
    "plus",
    "ne",
    "se",
    "ce",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "avec",
    "a",
    "ont",
    "été",
    "être",
    "sont",
    "mais",
    "ou",
    "où",
    "comme",
    "cette",
    "ces",
    "cet",
    "tout",
    "tous",
    "toute",
    "toutes",
    "aussi",
    "y",
    "dont",
    "fait",
    "peut",
    "même",
    "entre",
    "après",
    "avant",
    "depuis",
    "sans",
    "sous",
    "lors",
    "selon",
    "encore",
    "déjà",
    "très",
    "ainsi",
    "alors",
    "cela",
    "si",
    "lui",
    "eux",
    "notre",
    "nos",
    "votre",
    "vos",
    "je",
    "c'est",
    "c’est",
    "qu'il",
    "qu’il",
    "d'un",
    "d’un",
    "d'une",
    "d’une",
    "n'est",
    "n’est",
    "s'est",
    "s’est",
    "avait",
    "était",
    "sera",
    "avoir",
    "contre",
    "chez",
    "vers",
    "donc",
    "car",
    "quand",
    "autre",
    "autres",
    "plusieurs",
    "dit",
  ],
  months: {
    janvier: 1,
    janv: 1,
    février: 2,
    fevrier: 2,
    févr: 2,
    fevr: 2,
    fév: 2,
    fev: 2,
    mars: 3,
    avril: 4,
    avr: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    juil: 7,
    août: 8,
    aout: 8,
    septembre: 9,
    sept: 9,
    octobre: 10,
    oct: 10,
    novembre: 11,
    nov: 11,
    décembre: 12,
    decembre: 12,
    déc: 12,
    dec: 12,
  },
};
