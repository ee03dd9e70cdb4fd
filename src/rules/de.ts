import type { RulePack } from "./types.js";

/**
 * German rules: related-link teasers ("Lesen Sie auch:"), promos and subscriber walls, share
 * rows, newsletter and app pushes, cookie notices, comments, footers ("Impressum"), source and
 * agency notices ("Quelle:", "Mit Material von dpa"), advertisement markers ("Anzeige"), menus,
 * bylines ("Von"), date lines ("Aktualisiert am"), reading times ("Lesezeit") and photo credits.
 *
 * @example
 * ```ts
 * import { de } from "newsclean";
 * de.rules.find((r) => r.id === "related/de/read-also")?.kind; //=> "related"
 * ```
 */
export const de: RulePack = {
  lang: "de",
  rules: [
    // related
    {
      id: "related/de/read-also",
      kind: "related",
      pattern:
        /^(?<label>lesen sie (?:auch|mehr|dazu|hier|außerdem|zum thema)|lies auch|auch interessant|ebenfalls interessant|auch lesenswert|lesenswert|mehr zum thema|zum thema|mehr dazu|passend (?:dazu|zum thema)|das könnte sie (?:auch )?interessieren|weiterlesen|siehe auch|(?:unser )?lese-?tipps?|empfehlung der redaktion|mehr lesen|zum weiterlesen|auch spannend)(?: ?[:|»→] ?| [-–—] )(?<title>\S.*)$/iu,
      examples: [
        "Lesen Sie auch: Bundestag beschließt neues Heizungsgesetz",
        "LESEN SIE AUCH | Hochwasser in Bayern: Pegel steigen weiter",
        "Mehr zum Thema: Was die Rentenreform für Sie bedeutet",
        "Auch interessant » Die besten Wanderwege im Harz",
      ],
      nonExamples: [
        "Lesen Sie auch die Stellungnahme der Ministerin, forderte der Verband.",
        "Zum Thema Migration äußerte sich der Minister nicht.",
      ],
    },
    {
      id: "related/de/section-heading",
      kind: "related",
      scope: "section",
      pattern:
        /^(?:mehr zum thema(?: [^.!?:]{1,40})?|das könnte (?:sie|dich) (?:auch )?interessieren|(?:auch|ebenfalls) interessant|(?:weitere|ähnliche|verwandte|passende|empfohlene|beliebte|neueste|aktuelle|letzte|weiterführende) (?:artikel|beiträge|themen|nachrichten|meldungen|inhalte|videos|links|geschichten)|lesen sie auch|auch lesenswert|lesenswert|zum weiterlesen|meistgelesen(?:e(?: artikel| beiträge| nachrichten)?)?|meist gelesen|am meisten gelesen|meistgeklickt|meistkommentiert|meistgesehen|top[- ]?(?:themen|artikel|news|meldungen|nachrichten)|die wichtigsten nachrichten|nachrichten im überblick|im trend|beliebt|empfehlungen(?: der redaktion| für sie)?|unsere empfehlungen|redaktionsempfehlungen|mehr (?:aus|von|zu) [^.!?:]{1,40}|mehr (?:artikel|nachrichten|news|videos|meldungen|beiträge)|alle (?:artikel|beiträge|nachrichten) zum thema [^.!?:]{1,40}|auch spannend|passend dazu|schlagzeilen|das neueste)(?: ?:)?$/iu,
      examples: [
        "Mehr zum Thema",
        "Das könnte Sie auch interessieren",
        "Meistgelesen",
        "Weitere Artikel",
        "Mehr aus Politik",
      ],
      nonExamples: [
        "Weitere Artikel des Gesetzes wurden geändert.",
        "Mehr als ein Drittel der Wähler blieb zu Hause.",
      ],
    },
    // promo
    {
      id: "promo/de/sponsored",
      kind: "promo",
      pattern:
        /^(?:gesponsert|sponsored(?: content| post)?|advertorial|promotion|bezahlte partnerschaft|partner-?inhalt|(?:präsentiert|unterstützt|gesponsert) von [^.!?]{1,60}|in (?:kooperation|zusammenarbeit) mit [^.!?]{1,60}|mit freundlicher unterstützung (?:von|der|des) [^.!?]{1,60})$/iu,
      examples: [
        "Gesponsert",
        "Advertorial",
        "Präsentiert von Beispielbank",
        "In Kooperation mit Beispiel AG",
      ],
      nonExamples: ["In Kooperation mit der Polizei wurde die Straße gesperrt."],
    },
    {
      id: "promo/de/call-to-action",
      kind: "promo",
      pattern:
        /^(?:(?:jetzt|hier|gleich) (?:(?:\d{1,2} (?:wochen|monate?) )?(?:gratis |kostenlos |kostenfrei |für \d+ ?(?:€|euro) )?)?(?:testen|lesen|abonnieren|abo abschließen|bestellen|herunterladen|downloaden|anmelden|registrieren|weiterlesen|entdecken|sichern|kaufen|buchen|mitmachen|klicken|informieren|ansehen|anschauen|anhören|reinhören|freischalten)|mehr erfahren|zum angebot|hier klicken|hier geht['’]s (?:zum angebot|weiter))(?: ?[!»›>→]+)?$/iu,
      examples: [
        "Jetzt testen",
        "Jetzt 4 Wochen gratis testen!",
        "Hier weiterlesen »",
        "Zum Angebot",
      ],
      nonExamples: ["Jetzt testen die Behörden das neue System.", "Hier lesen Kinder vor."],
    },
    {
      id: "promo/de/subscriber-only",
      kind: "promo",
      pattern:
        /^(?:(?:exklusiv |nur )?für (?:abonnenten|abonnentinnen und abonnenten|abonnent(?::|\*|_)innen|plus-?(?:leser|kunden|abonnenten))[!.]?|(?:dieser|der) (?:artikel|beitrag|inhalt|text) ist (?:exklusiv |nur )?für (?:abonnenten|abonnentinnen und abonnenten|\S+-?abonnenten)(?: .{0,80})?|(?:sie|du) (?:sind|bist) bereits (?:abonnent(?:in)?|registriert)\?.{0,40}|(?:jetzt )?(?:abo|abonnement) (?:abschließen|wählen|sichern)[!.]?)$/iu,
      examples: [
        "Exklusiv für Abonnenten",
        "Dieser Artikel ist nur für Abonnenten zugänglich.",
        "Sie sind bereits Abonnent? Hier anmelden",
      ],
      nonExamples: ["Für Abonnenten der Bahncard gelten neue Preise."],
    },
    {
      id: "promo/de/affiliate",
      kind: "promo",
      pattern:
        /\b(?:erhalten|bekommen) wir (?:(?:unter umständen|ggf\.|gegebenenfalls|möglicherweise|eventuell) )?eine (?:kleine )?provision|^(?:\* ?)?(?:affiliate-links?|werbelinks?)(?: ?[:.].{0,150})?$|\b(?:dieser|der) (?:artikel|beitrag|text) enthält (?:affiliate|werbe)-?links/iu,
      examples: [
        "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision.",
        "*Affiliate-Link",
        "Dieser Artikel enthält Affiliate-Links.",
      ],
      nonExamples: ["Der Makler erhält eine Provision von drei Prozent."],
    },
    // advertisement
    {
      id: "advertisement/de/marker",
      kind: "advertisement",
      pattern:
        /^[-–—\s[(]*(?:anzeige|anzeigen|werbung|werbeanzeige|advertisement|reklame)[-–—\s\])]*$/iu,
      examples: ["Anzeige", "ANZEIGE", "- Anzeige -", "[Werbung]"],
      nonExamples: ["Werbung im Fernsehen kostet Millionen.", "Anzeige gegen Unbekannt"],
    },
    {
      id: "advertisement/de/continues-below",
      kind: "advertisement",
      pattern:
        /^(?:(?:der |dieser )?(?:artikel|text|beitrag|bericht) (?:wird |geht )?(?:nach|unter|unterhalb) (?:der|dieser) (?:anzeige|werbung) (?:fortgesetzt|weiter)|(?:weiter|weiterlesen|fortsetzung|es geht weiter) (?:nach|unter|unterhalb) (?:der|dieser) (?:anzeige|werbung)|lesen sie (?:nach|unter) (?:der|dieser) (?:anzeige|werbung) weiter|(?:anzeige|werbung) [-–—] (?:(?:der )?(?:artikel|text) (?:wird |geht )?(?:unten|darunter|unterhalb|weiter unten) (?:fortgesetzt|weiter)|weiterlesen (?:unten|darunter)))\.?$/iu,
      examples: [
        "Artikel wird nach der Anzeige fortgesetzt",
        "Weiter nach der Anzeige",
        "Lesen Sie nach der Anzeige weiter",
      ],
      nonExamples: ["Der Artikel wird nach der Sommerpause fortgesetzt."],
    },
    // share
    {
      id: "share/de/share-this",
      kind: "share",
      pattern:
        /^(?:(?:jetzt |diesen |den )?(?:artikel |beitrag |seite |video |link )?(?:teilen|drucken|versenden|verschicken|merken|speichern|empfehlen)(?: (?:auf|bei|via|per) (?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|xing|pinterest|telegram|threads|bluesky))?|(?:auf|bei|via|per) (?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|xing|pinterest|telegram|threads|bluesky) (?:teilen|versenden|empfehlen|verschicken)|link kopieren|link kopiert|zur merkliste(?: hinzufügen)?|auf die merkliste|twittern)(?: ?:)?$/iu,
      examples: ["Teilen", "Artikel teilen", "Auf Facebook teilen", "Link kopieren", "Teilen:"],
      nonExamples: ["Teilen Sie uns Ihre Meinung mit.", "Die Aktien teilen sich auf."],
    },
    {
      id: "share/de/follow-us",
      kind: "share",
      pattern:
        /^(?:[^.!?]{1,60}[.!?:–—] )?(?:(?:folgen sie|folge|folgt|besuchen sie|besuche|abonnieren sie|abonniere|liken sie|finden sie) (?:uns|\S+(?: \S+){0,3}) (?:auf|bei|in|via|im) (?:facebook|twitter|x|instagram|linkedin|xing|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp|google news|social media|den sozialen (?:medien|netzwerken))|(?:jetzt |hier )?(?:abonnieren sie|abonniere|folgen sie|folge|hier geht['’]s zum|zum) (?:(?:unseren?|unserem|dem|den) )?(?:whatsapp|telegram)-kanal)(?:[ ,!.:(].{0,100})?$/iu,
      examples: [
        "Folgen Sie uns auf Facebook, Instagram und X",
        "Folgen Sie Anna Schmidt auf X",
        "Hier geht's zum WhatsApp-Kanal",
        "Immer informiert: Abonnieren Sie unseren WhatsApp-Kanal",
      ],
      nonExamples: ["Folgen Sie dem Fluss zwei Kilometer nach Norden."],
    },
    // newsletter
    {
      id: "newsletter/de/sign-up",
      kind: "newsletter",
      pattern:
        /^(?:[^.!?]{1,60}[.!?] )?(?:jetzt |hier |gleich |einfach )?(?:kostenlos |kostenfrei |gratis )?(?:(?:für |zum |zu )?(?:den |unseren |unserem |dem )?(?:\p{L}+-)?newsletter (?:jetzt |hier |kostenlos |gratis ){0,2}(?:anmelden|abonnieren|bestellen|registrieren|eintragen)|(?:melden sie sich|melde dich|abonnieren sie|abonniere|bestellen sie|bestelle|registrieren sie sich|tragen sie sich)(?: jetzt| hier| kostenlos| gratis){0,2} (?:für |zu |zum |bei |in )?(?:den |unseren |unserem |dem )?(?:kostenlosen |täglichen |wöchentlichen )?(?:\p{L}+-)?newsletter)|^(?:newsletter|unser newsletter|newsletter-anmeldung|zur newsletter-anmeldung|newsletter abonnieren)(?: ?:)?$/iu,
      examples: [
        "Jetzt zum Newsletter anmelden",
        "Melden Sie sich jetzt für unseren Newsletter an",
        "Sie wollen mehr wissen? Abonnieren Sie unseren kostenlosen Morgen-Newsletter.",
        "Newsletter",
      ],
      nonExamples: ["Der Newsletter des Ministeriums ging an 2000 Empfänger."],
    },
    {
      id: "newsletter/de/inbox",
      kind: "newsletter",
      pattern:
        /(?:direkt|bequem|täglich|wöchentlich|kostenlos|jeden (?:morgen|abend|tag)|jede woche|einmal pro woche) (?:in ihr|in dein|in ihren|in deinen) (?:e-mail-)?(?:postfach|posteingang)/iu,
      examples: [
        "Die wichtigsten Nachrichten des Tages – jeden Morgen direkt in Ihr Postfach.",
        "Die besten Geschichten der Woche, kostenlos in Ihr Postfach.",
      ],
      nonExamples: ["Das Schreiben landete am Freitag in ihrem Postfach."],
    },
    {
      id: "newsletter/de/email-field",
      kind: "newsletter",
      pattern:
        /^(?:(?:ihre|deine) e-?mail(?:-adresse)?|e-?mail-adresse(?: eingeben)?|(?:vielen )?dank für (?:ihre|deine) anmeldung[!.]?|sie haben sich erfolgreich (?:angemeldet|registriert)[!.]?|bitte (?:geben sie|gib) (?:ihre|deine) e-?mail-adresse ein[!.]?)(?: ?:)?$/iu,
      examples: [
        "Ihre E-Mail-Adresse",
        "E-Mail-Adresse eingeben",
        "Vielen Dank für Ihre Anmeldung!",
      ],
      nonExamples: ["E-Mail-Adressen von 2000 Mitarbeitern wurden veröffentlicht."],
    },
    // app
    {
      id: "app/de/download-app",
      kind: "app",
      pattern:
        /^(?:[^.!?]{1,60}[.!?] )?(?:jetzt |hier )?(?:laden sie (?:sich )?|lade dir |holen sie sich |hol dir |installieren sie |installiere )(?:jetzt |hier |kostenlos |gratis ){0,2}(?:die|unsere)(?: [\p{L}-]+){0,3} app(?:[ ,!.:].{0,60})?$|^(?:jetzt |hier )?(?:die |unsere )?(?:\p{L}+-)?app (?:jetzt |hier |kostenlos |gratis ){0,2}(?:herunterladen|downloaden|installieren|laden|holen|testen)[!.]?$|^(?:jetzt |kostenlos |gratis )?(?:(?:laden|herunterladen|download|erhältlich|verfügbar) )?(?:im|bei) (?:app store|google play)(?: (?:und|&|oder|sowie) (?:im |bei )?(?:app store|google play))?(?: (?:erhältlich|verfügbar|herunterladen|laden))?[!.]?$/iu,
      examples: [
        "Laden Sie sich jetzt die neue App herunter",
        "Jetzt die App kostenlos herunterladen!",
        "Im App Store und bei Google Play erhältlich",
      ],
      nonExamples: [
        "Die App wurde zwei Millionen Mal heruntergeladen.",
        "Die App ist seit Montag im App Store erhältlich.",
      ],
    },
    // cookie
    {
      id: "cookie/de/we-use-cookies",
      kind: "cookie",
      pattern:
        /(?:\bwir|\bdiese (?:website|webseite|seite|internetseite|homepage)|\bunsere (?:website|webseite|seite|partner)|\bwir und unsere (?:\d+ )?partner) (?:verwenden|verwendet|nutzen|nutzt|setzen|setzt|benutzen|benutzt|speichern|platzieren) (?:[\p{L}-]+ ){0,3}?(?:cookies|cookie|ähnliche technologien|tracking-technologien)|\bwir und unsere (?:\d+ )?partner (?:speichern|verarbeiten)|^(?:cookie-?(?:einstellungen|richtlinie|richtlinien|hinweis|erklärung|präferenzen|policy|banner)|datenschutz-?einstellungen|privatsphäre-?einstellungen|(?:einwilligung|zustimmung|einwilligungen|präferenzen|cookies) (?:verwalten|anpassen|ändern|widerrufen))$/iu,
      examples: [
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "Diese Website nutzt technisch notwendige Cookies",
        "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
        "Cookie-Einstellungen",
      ],
      nonExamples: ["Die Bäckerei verkaufte bis Mittag 400 Cookies."],
    },
    {
      id: "cookie/de/consent-button",
      kind: "cookie",
      pattern:
        /^(?:(?:alle |alles )?(?:cookies )?(?:akzeptieren|zustimmen|zulassen|ablehnen|erlauben)(?: und (?:weiter|schließen|fortfahren))?|nur (?:technisch notwendige|notwendige|essenzielle|erforderliche) cookies(?: (?:akzeptieren|zulassen|verwenden|erlauben))?|einstellungen(?: speichern| anpassen| verwalten)?|auswahl (?:speichern|bestätigen|erlauben)|einverstanden|verstanden|alles klar|ok(?:ay)?|ich (?:stimme zu|bin einverstanden|akzeptiere|habe verstanden)|mehr optionen|optionen verwalten)[!.]?$/iu,
      examples: ["Akzeptieren", "Alle akzeptieren", "Nur notwendige Cookies", "Einverstanden"],
      nonExamples: ["Alle akzeptieren das Ergebnis, sagte der Trainer."],
    },
    // comments
    {
      id: "comments/de/section-heading",
      kind: "comments",
      scope: "tail",
      pattern:
        /^(?:kommentare|\d+ kommentare?|kommentare \(\d+\)|leserkommentare|(?:alle )?(?:\d+ )?kommentare (?:anzeigen|lesen|einblenden|laden|öffnen)|(?:einen )?kommentar (?:schreiben|verfassen|abgeben|hinterlassen|posten)|(?:schreiben sie|hinterlassen sie|hinterlasse|schreibe|verfassen sie) (?:einen|ihren|deinen) kommentar|diskutieren sie mit|(?:jetzt )?mitdiskutieren|diskussion \(\d+\)|was meinen sie\?|was denken sie\?|ihre meinung ist gefragt|leserdebatte|leserforum)(?: ?:)?$/iu,
      examples: ["Kommentare (3)", "12 Kommentare", "Kommentar schreiben", "Diskutieren Sie mit"],
      nonExamples: ["Kommentare des Ministers sorgten für Kritik.", "Kommentar"],
    },
    {
      id: "comments/de/actions",
      kind: "comments",
      pattern:
        /^(?:antworten|antwort(?:en)? (?:anzeigen|ausblenden|abbrechen)|melden|(?:kommentar|beitrag) melden|zitieren|(?:jetzt )?kommentieren|zu den kommentaren|zum kommentarbereich|(?:bitte )?(?:melden|loggen) sie sich an,? um (?:zu kommentieren|einen kommentar zu (?:schreiben|verfassen))\.?|(?:sie müssen|bitte) (?:angemeldet|eingeloggt) sein,? um (?:zu kommentieren|einen kommentar zu (?:schreiben|verfassen))\.?|zum kommentieren (?:bitte )?(?:anmelden|einloggen)\.?|\d+ (?:likes?|empfehlungen|zustimmungen|antworten)|gefällt mir|(?:neueste|älteste|beliebteste) zuerst|sortieren(?: nach)?:? [^.!?]{1,20})$/iu,
      examples: [
        "Antworten",
        "Melden Sie sich an, um zu kommentieren",
        "4 Antworten",
        "Neueste zuerst",
      ],
      nonExamples: ["Antworten auf diese Fragen gab es nicht."],
    },
    // footer
    {
      id: "footer/de/copyright-notice",
      kind: "footer",
      scope: "boundary",
      pattern:
        /^(?:©|\(c\)|copyright)(?: ?©)? ?(?:\d{4}(?: ?[-–] ?\d{4})?,? )(?:[^ ]+ ){2}.{0,200}$|alle rechte vorbehalten/iu,
      examples: [
        "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",
        "Copyright © 2007 Beispiel Mediengruppe GmbH & Co. KG",
      ],
      nonExamples: [
        "© 2024 Getty Images",
        "Das Urheberrecht schützt das Foto, urteilte das Gericht.",
      ],
    },
    {
      id: "footer/de/copyright",
      kind: "footer",
      pattern:
        /^(?:©|\(c\)|copyright (?:©|\(c\))|copyright \d{4}).{0,200}$|alle rechte vorbehalten/iu,
      examples: [
        "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",
        "Copyright 2019-2024 Beispielzeitung",
        "Alle Rechte vorbehalten",
      ],
      nonExamples: ["Das Urheberrecht schützt das Foto, urteilte das Gericht."],
    },
    {
      id: "footer/de/legal-links",
      kind: "footer",
      pattern:
        /^(?:impressum|datenschutz(?:erklärung|hinweise|bestimmungen|richtlinie)?|datenschutz-(?:erklärung|hinweise)|agb|allgemeine geschäftsbedingungen|nutzungsbedingungen|nutzungsbasierte online-werbung|kontakt(?:formular)?|(?:wir )?über uns|mediadaten|werben(?: bei uns| mit uns)?|anzeigen aufgeben|karriere|jobs|stellenangebote|hilfe|faq|barrierefreiheit|erklärung zur barrierefreiheit|sitemap|rss(?:-feeds?)?|abo(?: abschließen| kündigen| verwalten)?|abonnement|verträge hier kündigen|kündigen|leserservice|kundenservice|redaktion|presse|netiquette|transparenz|korrekturen|bildnachweise?|widerruf|jugendschutz|hinweisgebersystem|ethik-?kodex|redaktionelle leitlinien)$/iu,
      examples: ["Impressum", "Datenschutzerklärung", "AGB", "Über uns"],
      nonExamples: ["Kontakt zu den Entführern brach um 3 Uhr ab."],
    },
    // republish
    {
      id: "republish/de/source",
      kind: "republish",
      pattern: /^(?:quelle|quellen) ?: ?[^\s!?][^!?]{0,79}$/iu,
      examples: ["Quelle: dpa", "Quellen: dpa, AFP, Reuters", "Quelle: Statistisches Bundesamt"],
      nonExamples: ["Quelle der Informationen war ein Regierungssprecher."],
    },
    {
      id: "republish/de/agency-material",
      kind: "republish",
      pattern:
        /^\(?[Mm]it (?:(?:[Mm]aterial|Informationen|[Aa]genturmaterial) (?:von|der|des|aus) (?:(?:den |der )?(?:[Nn]achrichtenagenturen|[Nn]achrichtenagentur|[Aa]genturen) )?(?:\p{Lu}[\p{L}-]{0,24}|dpa|epd|sid|dts|kna|afp)(?:(?:, | und | ?\/ ?)(?:\p{Lu}[\p{L}-]{0,24}|dpa|epd|sid|dts|kna|afp)){0,5}|[Aa]genturmaterial)\)?\.?$/u,
      examples: [
        "Mit Material von dpa und AFP",
        "mit Material der Nachrichtenagenturen dpa und Reuters",
        "(mit Agenturmaterial)",
      ],
      nonExamples: ["Mit Material von Feuerwehr und Polizei wurde die Brücke gesichert."],
    },
    {
      id: "republish/de/originally-published",
      kind: "republish",
      pattern:
        /^(?:dieser (?:artikel|text|beitrag|bericht|kommentar|essay|gastbeitrag) (?:erschien|ist|wurde) (?:zuerst|erstmals|ursprünglich|zunächst) (?:in|im|bei|auf) .{1,120}|(?:zuerst|erstmals|ursprünglich) (?:erschienen|veröffentlicht) (?:in|im|bei|auf) .{1,120}|(?:mit freundlicher genehmigung|nachdruck mit (?:freundlicher )?genehmigung) (?:von|der|des) .{1,120})$/iu,
      examples: [
        "Dieser Artikel erschien zuerst in der Beispiel-Rundschau.",
        "Dieser Text ist zuerst auf beispiel.de erschienen.",
        "Zuerst erschienen bei Beispiel Online",
        "Mit freundlicher Genehmigung des Beispiel Verlags.",
      ],
      nonExamples: [
        "Der Bericht erschien zuerst in einer Fachzeitschrift und sorgte für Aufsehen.",
      ],
    },
    {
      id: "republish/de/agency-line",
      kind: "republish",
      pattern:
        /^\(?(?:[a-zäöü]{2,4} ?\/ ?)?(?:dpa|afp|ap|reuters|kna|epd|sid|dts|apa|sda|ddp|rtr)(?: ?[/,] ?(?:[a-zäöü]{2,4}|reuters)){0,4}\)?$/iu,
      examples: ["(dpa)", "dpa/AFP", "jdl/dpa", "(dpa/AFP/lsw)"],
      nonExamples: ["dpa meldete am Abend neue Zahlen.", "Ja"],
    },
    // nav
    {
      id: "nav/de/see-more",
      kind: "nav",
      pattern:
        /^(?:mehr (?:anzeigen|laden|lesen|artikel laden)|alle (?:anzeigen|artikel anzeigen|beiträge anzeigen)|weitere (?:anzeigen|laden|artikel laden|meldungen laden)|weiterlesen|mehr|zum artikel|zur (?:übersicht|startseite)|zurück zur (?:übersicht|startseite))(?: ?[»›>→]+| ?…|\.\.\.)?$/iu,
      examples: ["Mehr anzeigen", "Weiterlesen »", "Zurück zur Übersicht", "Mehr"],
      nonExamples: ["Mehr anzeigen konnten die Opfer aus Angst nicht."],
    },
    {
      id: "nav/de/menu",
      kind: "nav",
      pattern:
        /^(?:(?:direkt |springe )?zum (?:inhalt|hauptinhalt|hauptmenü|seitenende|footer)(?: springen| wechseln)?|zur (?:navigation|suche|hauptnavigation)(?: springen)?|(?:zurück )?nach oben|zum seitenanfang|(?:menü|navigation)(?: öffnen| schließen)?|hauptmenü|suche(?: öffnen| schließen)?|suchen|schließen|startseite|home|ressorts|alle ressorts|themen|rubriken|anmelden|einloggen|login|abmelden|ausloggen|logout|registrieren|mein konto|mein profil|e-?paper|druckversion|vorlesen|artikel (?:anhören|vorlesen lassen)|audio anhören|zurück|weiter|vorherige[rs]?(?: artikel)?|nächste[rs]?(?: artikel)?)$/iu,
      examples: ["Zum Inhalt springen", "Nach oben", "Startseite", "Menü"],
      nonExamples: ["Startseite des Ministeriums war stundenlang nicht erreichbar."],
    },
    {
      id: "nav/de/pagination",
      kind: "nav",
      pattern:
        /^(?:seite \d+ von \d+|seite \d+\/\d+|nächste seite|vorherige seite|« ?zurück|weiter ?»|« ?vorherige|nächste ?»|(?:ältere|neuere) (?:beiträge|artikel|einträge)|zur (?:nächsten|vorherigen) seite)$/iu,
      examples: ["Seite 2 von 5", "Nächste Seite", "Weiter »"],
      nonExamples: ["Seite 2 des Berichts listet die Kosten auf."],
    },
    // reading time
    {
      id: "readingTime/de/min-read",
      kind: "readingTime",
      pattern:
        /^(?:ca\. ?|etwa |rund )?(?<minutes>\d{1,3}) ?(?:min\.?|minuten?)(?: (?<seconds>\d{1,2}) ?(?:sek\.?|sekunden?|s))? (?:lesezeit|lesedauer|lesen)$/iu,
      examples: ["3 Min. Lesezeit", "5 Minuten Lesezeit", "ca. 4 min Lesedauer"],
      nonExamples: ["5 Minuten später öffneten sich die Türen.", "5 Min."],
    },
    {
      id: "readingTime/de/label",
      kind: "readingTime",
      pattern:
        /^(?:geschätzte )?(?:lesezeit|lesedauer)(?: ?: ?| )(?:ca\. ?|etwa |rund |circa )?(?<minutes>\d{1,3}) ?(?:min\.?|minuten?)(?: (?<seconds>\d{1,2}) ?(?:sek\.?|sekunden?|s))?$/iu,
      examples: ["Lesezeit: 3 Minuten", "Lesedauer: ca. 5 Min.", "Lesezeit 2 min"],
      nonExamples: ["Lesezeit ist bei Jugendlichen knapp geworden."],
    },
    // bylines
    {
      id: "byline/de/by",
      kind: "byline",
      pattern:
        /^(?:[Vv]on |VON |[Vv]on unser(?:em|er) (?:\p{Lu}[\p{L}-]+ )?(?:[Kk]orrespondent(?:in)?|[Rr]edakteur(?:in)?|[Rr]eporter(?:in)?|[Mm]itarbeiter(?:in)?|[Aa]utor(?:in)?) |[Ee]ine? (?:[Kk]ommentar|[Aa]nalyse|[Gg]astbeitrag|[Rr]eportage|[Kk]olumne|[Gg]losse|[Rr]ezension|[Kk]ritik|[Ee]ssay|[Bb]ericht|[Rr]echerche|[Pp]orträt) von |(?:[Aa]utor(?:in|en|innen)?|AUTOR(?:IN)?|[Tt]ext|TEXT) ?: ?)(?<names>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ,]+(?:und |& )?\p{Lu}[\p{L}\p{M}'’.-]*){0,7})(?:\s*[|,·•–—/]\s*[^.!?]{0,60})?$/u,
      examples: [
        "Von Anna Schmidt und Jan Müller",
        "VON ANNA SCHMIDT",
        "Von unserer Korrespondentin Julia Weber, Brüssel",
        "Ein Kommentar von Thomas Becker",
        "Autorin: Lena Hoffmann",
      ],
      nonExamples: [
        "Von Berlin aus fuhr der Zug weiter nach Hamburg.",
        "Von Montag an gilt die neue Regel.",
      ],
    },
    // date lines
    {
      id: "dateline/de/updated",
      kind: "dateline",
      dateRole: "modified",
      pattern:
        /^(?:(?:zuletzt )?(?:aktualisiert|geändert|bearbeitet)(?: am| um| vom)?(?: ?: ?| )|(?:letzte )?(?:aktualisierung|änderung)(?: am| vom)?(?: ?: ?| )|stand ?: ?)(?<date>[^\d]{0,20}\d.{0,60})$/iu,
      examples: [
        "Aktualisiert am 19.06.2024, 12:30 Uhr",
        "Zuletzt aktualisiert: 20. Juni 2024",
        "Stand: 19.06.2024 10:12 Uhr",
      ],
      nonExamples: ["Aktualisiert wurde auch die Liste der Ausnahmen, die seit 2019 gilt."],
    },
    {
      id: "dateline/de/published",
      kind: "dateline",
      pattern:
        /^(?:(?:zuerst |erstmals )?(?:veröffentlicht|erschienen|erstellt|publiziert|eingestellt|gepostet)(?: am| um| vom)?(?: ?: ?| )|(?:datum|erstveröffentlichung) ?: ?)(?<date>[^\d]{0,20}\d.{0,60})$/iu,
      examples: [
        "Veröffentlicht am 19.06.2024",
        "Erschienen am Mittwoch, 19. Juni 2024, 10:12 Uhr",
        "Datum: 03.03.2023",
      ],
      nonExamples: [
        "Veröffentlicht wurde die Studie im Fachblatt, an der 300 Forscher beteiligt waren.",
      ],
    },
    // captions
    {
      id: "caption/de/glued-credit",
      kind: "caption",
      pattern:
        /\((?<credit>(?:foto|fotos|bild|bilder|grafik|illustration|archivfoto|archivbild|symbolbild|symbolfoto|abbildung|bildquelle)(?: ?: ?| )[^()]{1,80}|symbolbild|symbolfoto|archivbild|archivfoto)\)$|^(?<credit2>symbolbild|symbolfoto|archivbild|archivfoto)$/iu,
      examples: [
        "Bundeskanzler bei einer Pressekonferenz in Berlin (Foto: dpa)",
        "Boote im Hafen bei Sonnenaufgang (Bild: Anna Schmidt)",
        "Ein Streifenwagen vor dem Gebäude (Symbolbild)",
        "Symbolbild",
      ],
      nonExamples: [
        "Der Plan (den der Bürgermeister unterstützte) scheiterte.",
        "Die Arbeitslosigkeit sank (Quelle: Bundesagentur)",
      ],
    },
    {
      id: "caption/de/credit-suffix",
      kind: "caption",
      pattern:
        /(?:^|[.!?] | [|–—] )(?:fotos?|bild(?:er)?|bildquelle|bildrechte|bildnachweis|grafik|illustration|abbildung|titelbild|titelfoto|symbolbild|archivbild|archivfoto) ?: ?(?<credit>[^:\s.!?|–—„“"«»](?:[^:.!?|–—„“"«»]|\.(?=\S)){1,59})$/iu,
      examples: [
        "Foto: dpa",
        "Foto: IMAGO/Sven Simon",
        "Bild: picture alliance / dpa",
        "Boote im Hafen bei Sonnenaufgang. Foto: Anna Schmidt/beispiel.de",
      ],
      nonExamples: ["Das Foto: ein verschwommener Fleck, sagte sie, gehörte nicht ihr."],
    },
  ],
  stopWords: [
    "der",
    "die",
    "und",
    "in",
    "den",
    "von",
    "zu",
    "das",
    "mit",
    "sich",
    "des",
    "auf",
    "für",
    "ist",
    "im",
    "dem",
    "nicht",
    "ein",
    "eine",
    "als",
    "auch",
    "es",
    "an",
    "werden",
    "aus",
    "er",
    "hat",
    "dass",
    "sie",
    "nach",
    "wird",
    "bei",
    "einer",
    "um",
    "am",
    "sind",
    "noch",
    "wie",
    "einem",
    "über",
    "einen",
    "so",
    "zum",
    "war",
    "haben",
    "nur",
    "oder",
    "aber",
    "vor",
    "zur",
    "bis",
    "mehr",
    "durch",
    "man",
    "sein",
    "wurde",
    "sei",
    "hatte",
    "kann",
    "gegen",
    "vom",
    "können",
    "schon",
    "wenn",
    "habe",
    "seine",
    "ihre",
    "dann",
    "unter",
    "wir",
    "soll",
    "ich",
    "eines",
    "doch",
    "da",
    "waren",
    "seit",
    "sollen",
    "wurden",
    "diese",
    "dieser",
    "ihr",
    "ob",
    "wo",
    "was",
    "weil",
    "sehr",
    "immer",
    "keine",
    "kein",
    "alle",
    "ab",
    "hier",
    "zwischen",
    "jedoch",
    "damit",
    "sondern",
    "also",
    "ohne",
    "ihm",
    "ihn",
    "uns",
  ],
  months: {
    januar: 1,
    jänner: 1,
    jan: 1,
    jän: 1,
    februar: 2,
    feber: 2,
    feb: 2,
    märz: 3,
    maerz: 3,
    mär: 3,
    mrz: 3,
    april: 4,
    apr: 4,
    mai: 5,
    juni: 6,
    jun: 6,
    juli: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    oktober: 10,
    okt: 10,
    november: 11,
    nov: 11,
    dezember: 12,
    dez: 12,
  },
};
