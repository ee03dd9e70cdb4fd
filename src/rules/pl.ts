import type { RulePack } from "./types.js";

/**
 * Polish rules: related-link teasers ("Czytaj także:"), sponsored and paywall promos, share rows,
 * newsletter and app pushes, cookie notices, comments, footers, source and republishing notices,
 * advertisement markers ("Reklama"), menus, bylines ("Autor:"), date lines ("Aktualizacja:"),
 * reading times and photo credits ("Fot.").
 *
 * @example
 * ```ts
 * import { pl } from "newsclean";
 * pl.rules.find((r) => r.id === "related/pl/read-also")?.kind; //=> "related"
 * ```
 */
export const pl: RulePack = {
  lang: "pl",
  rules: [
    // related
    {
      id: "related/pl/read-also",
      kind: "related",
      pattern:
        /^(?<label>(?:czytaj|przeczytaj) (?:także|też|również|więcej|koniecznie)|czytaj|przeczytaj|zobacz (?:także|też|również|wideo|video|film|zdjęcia|galerię)|zobacz|polecamy(?: (?:także|też|również))?|sprawdź (?:także|też|również)|sprawdź|warto przeczytać|więcej na ten temat|to cię zainteresuje|może cię zainteresować|powiązany artykuł)(?: ?[:|»] ?| ?>>>? ?| [-–—] )(?<title>\S.*)$/iu,
      examples: [
        "Czytaj także: Rząd przyjął projekt budżetu na przyszły rok",
        "CZYTAJ TEŻ: Ulewy nad Polską. IMGW wydał ostrzeżenia",
        "Zobacz również | Kolejka do lekarza specjalisty wydłuża się",
        "Przeczytaj również >>> Ceny mieszkań w Krakowie znowu w górę",
        "ZOBACZ WIDEO: Pożar hali magazynowej pod Poznaniem",
      ],
      nonExamples: [
        "Czytaj także książki, radzi psycholog.",
        "Zobacz, jak zmieniło się miasto w ciągu dekady.",
      ],
    },
    {
      id: "related/pl/section-heading",
      kind: "related",
      scope: "section",
      pattern:
        /^(?:(?:czytaj|przeczytaj|zobacz) (?:także|też|również)|polecamy|polecane(?: (?:artykuły|teksty|wideo|materiały|dla ciebie))?|warto przeczytać|podobne (?:artykuły|wpisy|teksty|tematy)|powiązane(?: (?:artykuły|teksty|tematy|materiały|wiadomości))?|(?:może|mogą) cię (?:też |także |również )?zainteresować|to cię (?:może )?zainteresuje|wybrane dla ciebie|dla ciebie|najczęściej (?:czytane|komentowane|oglądane|udostępniane)|najchętniej czytane|najpopularniejsze(?: (?:artykuły|teksty|wiadomości|dziś|teraz))?|popularne(?: (?:artykuły|teksty|teraz))?|najnowsze(?: (?:artykuły|wiadomości|informacje|teksty|wpisy))?|ostatnie (?:artykuły|wiadomości|wpisy|teksty)|więcej (?:artykułów|wiadomości|tekstów|na ten temat|z [^.!?:]{1,40})|inne (?:artykuły|teksty|wiadomości)|na czasie|tematy dnia)(?: ?:)?$/iu,
      examples: [
        "Czytaj także",
        "Najczęściej czytane",
        "Może cię zainteresować",
        "Podobne artykuły",
        "Więcej z działu Sport",
      ],
      nonExamples: [
        "Najnowsze dane pokazują wzrost bezrobocia.",
        "Więcej niż połowa wyborców została w domach.",
      ],
    },
    // promo
    {
      id: "promo/pl/sponsored",
      kind: "promo",
      pattern:
        /^(?:(?:artykuł|materiał|tekst|wpis|treść|publikacja) (?:sponsorowan[ya]|partnera|promocyjn[ya]|reklamow[ya])|sponsorowane|partner (?:materiału|artykułu|cyklu|działu)|partnerem (?:materiału|artykułu|cyklu|działu) jest [^.!?]{1,60}|współpraca (?:reklamowa|komercyjna)|materiał powstał (?:we współpracy z|na zlecenie) [^.!?]{1,60})\.?$/iu,
      examples: [
        "Artykuł sponsorowany",
        "MATERIAŁ PARTNERA",
        "Partnerem cyklu jest Bank Przykładowy",
        "Materiał powstał we współpracy z firmą Przykład",
      ],
      nonExamples: ["Artykuł sponsorowany przez koncern wywołał burzę w sieci."],
    },
    {
      id: "promo/pl/call-to-action",
      kind: "promo",
      pattern:
        /^(?:(?:sprawdź|kup|zamów|pobierz|subskrybuj|zasubskrybuj|wypróbuj|zarejestruj się|dołącz|kliknij|obejrzyj|oglądaj|posłuchaj|słuchaj|czytaj|zobacz|zarezerwuj|skorzystaj)(?: (?:teraz|tutaj|tu|już|dziś|dzisiaj|za darmo|bezpłatnie|online|na żywo|ofertę|szczegóły)){1,2}|dowiedz się więcej|kliknij tutaj)(?: ?!+| ?[»›>]+)?$/iu,
      examples: ["Sprawdź teraz!", "Kup teraz »", "Oglądaj na żywo", "Dowiedz się więcej"],
      nonExamples: [
        "Kup teraz, zapłać później – to hasło przyciąga młodych.",
        "Sprawdź, czy twój dowód jest ważny.",
      ],
    },
    {
      id: "promo/pl/paywall",
      kind: "promo",
      pattern:
        /^(?:(?:kup|wykup|zamów|aktywuj) (?:subskrypcję|prenumeratę|dostęp|abonament).{0,80}|(?:ten |cały )?(?:artykuł|tekst|materiał) (?:jest )?dostępny (?:tylko |wyłącznie )?dla (?:subskrybentów|prenumeratorów|abonentów).{0,80}|(?:pozostało|zostało) (?:ci |jeszcze )?\d{1,3} ?% (?:artykułu|tekstu|treści).{0,60}|(?:masz już|posiadasz) (?:subskrypcję|konto|prenumeratę)\?.{0,40})$/iu,
      examples: [
        "Kup subskrypcję i czytaj bez ograniczeń",
        "Ten artykuł jest dostępny tylko dla subskrybentów.",
        "Pozostało 75% artykułu",
        "Masz już subskrypcję? Zaloguj się",
      ],
      nonExamples: ["Zostało jeszcze 10 dni do wyborów."],
    },
    {
      id: "promo/pl/affiliate",
      kind: "promo",
      pattern:
        /(?:artykuł|tekst|wpis|materiał) zawiera linki (?:afiliacyjne|partnerskie|reklamowe|sponsorowane)|\b(?:możemy otrzymać|otrzymujemy|dostajemy) (?:niewielką |małą )?prowizję/iu,
      examples: [
        "Artykuł zawiera linki afiliacyjne.",
        "Jeśli kupisz produkt przez link w tekście, możemy otrzymać niewielką prowizję.",
      ],
      nonExamples: ["Pośrednik otrzymuje prowizję od każdej sprzedanej polisy."],
    },
    // advertisement
    {
      id: "advertisement/pl/marker",
      kind: "advertisement",
      pattern:
        /^[-–—\s[(]*(?:reklama|reklamy|ogłoszenie|autopromocja|materiał reklamowy|advertisement)[-–—\s\])]*$/iu,
      examples: ["Reklama", "REKLAMA", "- Reklama -", "Autopromocja"],
      nonExamples: ["Reklama telewizyjna kosztowała miliony.", "Ogłoszenie wyników konkursu"],
    },
    {
      id: "advertisement/pl/continues-below",
      kind: "advertisement",
      pattern:
        /^(?:(?:dalsza część|dalszy ciąg|ciąg dalszy) (?:artykułu|tekstu|materiału|wpisu) (?:znajduje się )?(?:pod|po) (?:reklamą|reklamie|materiałem wideo|materiałem reklamowym|wideo|filmem|galerią)|(?:artykuł|tekst|materiał) (?:jest kontynuowany|dalej) (?:pod|po) (?:reklamą|reklamie|materiałem wideo|wideo)|czytaj dalej (?:pod|po) (?:reklamą|reklamie|materiale wideo)|przewiń(?:, aby|, by| aby| by) (?:czytać|przeczytać|kontynuować)(?: dalej| lekturę| czytanie)?)\.?$/iu,
      examples: [
        "Dalsza część artykułu pod materiałem wideo",
        "Artykuł dalej pod reklamą",
        "Dalszy ciąg materiału pod wideo",
      ],
      nonExamples: ["Dalsza część artykułu dotyczy reformy emerytalnej."],
    },
    // share
    {
      id: "share/pl/share-this",
      kind: "share",
      pattern:
        /^(?:udostępnij(?: (?:artykuł|tekst|wpis|post|stronę|link|wideo))?(?: (?:na|przez|w) (?:facebooku|twitterze|x|linkedinie|whatsappie|messengerze|e-?mailu|mailu))?|podziel się(?: (?:artykułem|tekstem|wpisem|linkiem))?(?: (?:na|przez|w) (?:facebooku|twitterze|x|linkedinie|whatsappie|messengerze))?|(?:wyślij|prześlij)(?: (?:artykuł|link|tekst))?(?: (?:e-?mailem|mailem|znajomemu))?|(?:drukuj|wydrukuj)(?: (?:artykuł|tekst|stronę))?|(?:kopiuj|skopiuj) (?:link|adres)|link (?:został )?skopiowany|zapisz(?: (?:artykuł|tekst|na później))?|dodaj do (?:ulubionych|zakładek|zapisanych)|tweetnij|\d+ udostępnie\p{L}*)(?: ?:)?$/iu,
      examples: ["Udostępnij", "Udostępnij na Facebooku", "Podziel się artykułem", "Skopiuj link"],
      nonExamples: [
        "Udostępnij dane policji – zaapelowała prokuratura.",
        "Podziel się z nami swoją opinią.",
      ],
    },
    {
      id: "share/pl/follow-us",
      kind: "share",
      pattern:
        /^(?:[^.!?]{1,60}[.!?–—] )?(?:obserwuj|śledź|polub|dołącz do|subskrybuj|znajdź) (?:nas|\S+(?: \S+){0,3}) (?:na|w) (?:(?:facebook|twitter|instagram|linkedin|youtube|tiktok|telegram|whatsapp|threads|bluesky|mastodon)\p{L}*|x|google news|wiadomościach google|mediach społecznościowych|social mediach)(?:[ ,!.:(].{0,100})?$/iu,
      examples: [
        "Obserwuj nas w Google News",
        "Bądź na bieżąco – obserwuj nas w Wiadomościach Google",
        "Dołącz do nas na Facebooku i Instagramie!",
        "Subskrybuj nasz kanał na YouTube",
      ],
      nonExamples: ["Obserwuj ptaki na Mazurach – radzi przewodnik.", "Śledź nas na bieżąco."],
    },
    // newsletter
    {
      id: "newsletter/pl/sign-up",
      kind: "newsletter",
      pattern:
        /^(?:[^.!?]{1,60}[.!?] )?(?:zapisz|zasubskrybuj|subskrybuj|zamów|dołącz|otrzymuj) .{0,80}newslett|^(?:newsletter|nasz newsletter|newslettery|zapisz się)(?: ?:)?$/iu,
      examples: [
        "Zapisz się do naszego newslettera",
        "Chcesz być na bieżąco? Zasubskrybuj nasz bezpłatny newsletter.",
        "Newsletter",
      ],
      nonExamples: [
        "Zapisała się do chóru jako dziecko.",
        "Newsletter ministerstwa trafił do 2 tys. osób.",
      ],
    },
    {
      id: "newsletter/pl/inbox",
      kind: "newsletter",
      pattern:
        /(?:prosto|bezpośrednio|codziennie|raz w tygodniu|co tydzień|każdego ranka|za darmo) (?:na|do) (?:twoją |swoją |twojej |swojej )?(?:skrzynkę|skrzynki)(?: (?:e-?mail|mailową|pocztową|odbiorczą))?/iu,
      examples: [
        "Najważniejsze informacje dnia prosto na Twoją skrzynkę e-mail.",
        "Otrzymuj podsumowanie tygodnia bezpośrednio do skrzynki.",
      ],
      nonExamples: ["List trafił do jego skrzynki w piątek."],
    },
    {
      id: "newsletter/pl/email-field",
      kind: "newsletter",
      pattern:
        /^(?:(?:podaj|wpisz|wprowadź) (?:swój |twój )?(?:adres )?e-?mail|(?:twój )?(?:adres )?e-?mail|dziękujemy,? za (?:zapisanie się|zapis|subskrypcję)(?: do newslettera)?[!.]?|(?:zostałeś|zostałaś|jesteś) zapisan[ya](?: do newslettera)?[!.]?)(?: ?:)?$/iu,
      examples: [
        "Podaj swój adres e-mail",
        "Adres e-mail:",
        "Dziękujemy za zapisanie się do newslettera!",
      ],
      nonExamples: ["Adresy e-mail 2000 pracowników wyciekły do sieci."],
    },
    // app
    {
      id: "app/pl/download-app",
      kind: "app",
      pattern:
        /^(?:[^.!?]{1,60}[.!?] )?(?:pobierz|ściągnij|zainstaluj|wypróbuj) (?:\S+ ){0,4}?aplikacj\p{L}*|^(?:pobierz|ściągnij) (?:z|w) (?:app store|google play)|^(?:[^.!?]{1,60}[.!?–—] )?(?:aplikacja )?(?:jest )?dostępn\p{L}* (?:(?:za darmo|bezpłatnie) )?(?:w|na) (?:app store|google play|appstore)(?: (?:i|oraz|lub) (?:w |na )?(?:app store|google play))?[!.]?$/iu,
      examples: [
        "Pobierz naszą aplikację mobilną i czytaj wiadomości w podróży",
        "Pobierz z Google Play",
        "Aplikacja jest dostępna w App Store i Google Play.",
      ],
      nonExamples: [
        "Aplikację pobrało już dwa miliony użytkowników.",
        "Gra jest dostępna w App Store od poniedziałku.",
      ],
    },
    // cookie
    {
      id: "cookie/pl/we-use-cookies",
      kind: "cookie",
      pattern:
        /(?:używamy|korzystamy|wykorzystujemy|stosujemy|(?:ta |nasza )?(?:strona|witryna)(?: internetowa)? (?:używa|korzysta|wykorzystuje|stosuje)|(?:ten |nasz )?serwis (?:używa|korzysta|wykorzystuje|stosuje)|(?:nasi )?partnerzy (?:używają|korzystają|wykorzystują)) (?:z )?(?:plik(?:i|ów) )?(?:cookies?|ciasteczek|ciasteczka)|^(?:polityka|ustawienia|zarządzaj|preferencje) (?:plików )?(?:cookies?|ciasteczek)$|zgod(?:ę|y|a) na (?:(?:użycie|używanie|wykorzystywanie|zapisywanie|stosowanie) )?(?:plik(?:i|ów) )?cookies?|^(?:ustawienia prywatności|dbamy o twoją prywatność|twoja prywatność jest dla nas ważna|cenimy twoją prywatność)[.!]?$/iu,
      examples: [
        "Używamy plików cookies, aby zapewnić najlepszą jakość korzystania z serwisu.",
        "Ta strona korzysta z ciasteczek",
        "Polityka cookies",
        "Dbamy o Twoją prywatność",
      ],
      nonExamples: [
        "Piekarnia sprzedała 400 ciasteczek przed południem.",
        "Strony internetowe używają plików cookie, by śledzić użytkowników.",
      ],
    },
    {
      id: "cookie/pl/consent-button",
      kind: "cookie",
      pattern:
        /^(?:(?:akceptuj(?:ę)?|zaakceptuj|odrzuć|odrzucam)(?: (?:wszystkie|wszystko))?(?: (?:pliki |plików )?cookies?)?(?: i (?:zamknij|przejdź dalej|przejdź do serwisu))?|zgadzam się|nie zgadzam się|wyrażam zgodę|przejdź do serwisu|(?:zarządzaj|dostosuj) (?:ustawieniami|zgodami|preferencjami|cookies)|zapisz (?:ustawienia|wybór)|potwierdź wybór|ustawienia|więcej opcji|rozumiem|ok|okej)[!.]?$/iu,
      examples: ["Akceptuję", "Akceptuj wszystkie", "Przejdź do serwisu", "Zgadzam się"],
      nonExamples: ["Akceptuję wynik wyborów – powiedział kandydat."],
    },
    // comments
    {
      id: "comments/pl/section-heading",
      kind: "comments",
      scope: "tail",
      pattern:
        /^(?:komentarze|\d+ komentarz(?:e|y)?|komentarze \(\d+\)|komentarze czytelników|(?:dodaj|napisz|zostaw|wyślij) (?:swój )?komentarz|(?:zobacz|pokaż|czytaj|wczytaj|przeczytaj) (?:wszystkie )?komentarze(?: \(\d+\))?|dołącz do dyskusji|co o tym (?:sądzisz|myślisz)\?)(?: ?:)?$/iu,
      examples: ["Komentarze (3)", "Dodaj komentarz", "12 komentarzy", "Dołącz do dyskusji"],
      nonExamples: ["Komentarze ministra wywołały krytykę.", "Komentarz"],
    },
    {
      id: "comments/pl/actions",
      kind: "comments",
      pattern:
        /^(?:odpowiedz|zgłoś(?: (?:naruszenie|komentarz|nadużycie|do moderacji))?|cytuj|skomentuj(?: artykuł| tekst)?|przejdź do komentarzy|zaloguj(?: się)?,? (?:aby|by|żeby) (?:dodać|napisać|skomentować|odpowiedzieć)(?: komentarz)?\.?|musisz być zalogowan[ya],? (?:aby|by|żeby) (?:dodać|napisać|opublikować) komentarz\.?|anuluj(?: odpowiedź)?|\d+ (?:odpowiedzi|polubie\p{L}*|głos(?:y|ów)?|punkt(?:y|ów)?)|(?:pokaż|zobacz|ukryj) (?:\d+ )?odpowiedzi|lubię to|sortuj(?: według| wg\.?)?:? [^.!?]{1,20}|od najnowszych|od najstarszych|najlepsze komentarze)$/iu,
      examples: [
        "Odpowiedz",
        "Zaloguj się, aby dodać komentarz",
        "4 odpowiedzi",
        "Sortuj według: najnowsze",
      ],
      nonExamples: ["Odpowiedz na pytanie, zanim minie termin."],
    },
    // footer
    {
      id: "footer/pl/copyright-notice",
      kind: "footer",
      scope: "boundary",
      pattern:
        /^(?:©|\(c\)|copyright)(?: ?©)? ?(?:\d{4}(?: ?[-–] ?\d{4})?,? )(?:[^ ]+ ){2}.{0,200}$|(?:wszelkie|wszystkie) prawa zastrzeżone/iu,
      examples: [
        "© 2024 Wydawnictwo Przykład Sp. z o.o. Wszelkie prawa zastrzeżone.",
        "Copyright © 2007 Grupa Medialna Przykład S.A.",
      ],
      nonExamples: [
        "© 2024 Getty Images",
        "Prawa autorskie do zdjęcia należą do fotografa – orzekł sąd.",
      ],
    },
    {
      id: "footer/pl/copyright",
      kind: "footer",
      pattern:
        /^(?:©|\(c\)|copyright (?:©|\(c\))|copyright \d{4}).{0,200}$|(?:wszelkie|wszystkie) prawa zastrzeżone/iu,
      examples: [
        "© 2024 Wydawnictwo Przykład Sp. z o.o. Wszelkie prawa zastrzeżone.",
        "Copyright 2019-2024 Gazeta Przykładowa",
        "Wszystkie prawa zastrzeżone",
      ],
      nonExamples: ["Prawa autorskie do zdjęcia należą do fotografa – orzekł sąd."],
    },
    {
      id: "footer/pl/legal-links",
      kind: "footer",
      pattern:
        /^(?:polityka prywatności|regulamin(?: serwisu| portalu| korzystania z serwisu)?|kontakt(?: z redakcją)?|o nas|redakcja|reklama w serwisie|biuro reklamy|cennik reklam|kariera|praca|pomoc|faq|mapa (?:strony|serwisu)|deklaracja dostępności|rodo|ochrona danych(?: osobowych)?|informacje prawne|nota prawna|(?:warunki|zasady) korzystania(?: z serwisu)?|prenumerata|(?:kanały )?rss|archiwum|współpraca|zgłoś błąd|napisz do nas|skontaktuj się z nami|o serwisie|zasady (?:etyki|redakcyjne)|kodeks etyki|polityka redakcyjna)$/iu,
      examples: ["Polityka prywatności", "Regulamin", "Kontakt", "Deklaracja dostępności"],
      nonExamples: [
        "Kontakt z porywaczami urwał się o 3 w nocy.",
        "Regulamin konkursu budzi kontrowersje.",
      ],
    },
    // republish
    {
      id: "republish/pl/source",
      kind: "republish",
      pattern:
        /^(?:źródło|źródła|źr\.)(?: (?:informacji|danych|tekstu|artykułu))? ?: ?[^\s!?][^!?]{0,79}$/iu,
      examples: ["Źródło: PAP", "Źródła: Reuters, AFP, oprac. własne", "Źródło danych: GUS"],
      nonExamples: [
        "Źródło zbliżone do premiera twierdzi, że rekonstrukcja rządu jest przesądzona.",
      ],
    },
    {
      id: "republish/pl/originally-published",
      kind: "republish",
      pattern:
        /^(?:(?:ten |niniejszy )?(?:artykuł|tekst|materiał|wywiad|wpis|reportaż) (?:(?:został )?(?:pierwotnie|po raz pierwszy|oryginalnie) (?:opublikowany|ukazał się|pojawił się)|(?:opublikowany|ukazał się|pojawił się) (?:pierwotnie|po raz pierwszy|oryginalnie)) (?:w|we|na) .{1,120}|(?:artykuł|tekst|materiał|wpis) pochodzi z (?:serwisu|portalu|tygodnika|miesięcznika|dziennika|bloga|archiwum|magazynu|witryny|kwartalnika) .{1,100}|(?:przedruk|publikacja) za zgodą .{1,100})$/iu,
      examples: [
        "Artykuł ukazał się pierwotnie w tygodniku Przykład.",
        "Tekst został pierwotnie opublikowany na stronie The Conversation.",
        "Artykuł pochodzi z serwisu Przykład.pl",
        "Przedruk za zgodą redakcji.",
      ],
      nonExamples: ["Tekst ukazał się w poniedziałek i wywołał burzę."],
    },
    {
      id: "republish/pl/agency-line",
      kind: "republish",
      pattern:
        /^\(?(?:[a-ząćęłńóśźż]{2,4} ?\/ ?)?(?:pap|iar|kai|reuters|afp|ap|dpa)(?: ?[/,] ?(?:[a-ząćęłńóśźż]{2,4}|reuters|oprac\. [a-ząćęłńóśźż]{2,4}|oprac\. własne)){0,4}\)?$/iu,
      examples: ["(PAP)", "PAP/jk", "PAP, oprac. kk", "(dpa/AFP)"],
      nonExamples: ["PAP podała, że premier przyjął dymisję.", "Ale"],
    },
    // nav
    {
      id: "nav/pl/see-more",
      kind: "nav",
      pattern:
        /^(?:(?:zobacz|pokaż|wczytaj|załaduj|czytaj|przeczytaj) (?:więcej|wszystkie|wszystko|całość|cały artykuł|dalej|więcej artykułów|więcej wiadomości)|więcej|rozwiń)(?: ?[»›>]+| ?…|\.\.\.)?$/iu,
      examples: ["Zobacz więcej", "Czytaj dalej »", "Pokaż wszystkie", "Więcej"],
      nonExamples: ["Zobacz więcej zdjęć z Krakowa w naszej galerii."],
    },
    {
      id: "nav/pl/account",
      kind: "nav",
      pattern:
        /^(?:nie masz konta\?|masz konto(?: na [^?]{1,30})?\?|zaloguj się|załóż konto!?|zarejestruj się|zapomniałeś hasła\?)(?: (?:zaloguj się|załóż konto!?|zarejestruj się))?$/iu,
      examples: ["Nie masz konta?", "Masz konto na portalu? Zaloguj się", "Załóż konto!"],
      nonExamples: ["Nie masz konta w banku, więc nie dostaniesz kredytu."],
    },
    {
      id: "nav/pl/menu",
      kind: "nav",
      pattern:
        /^(?:przejdź do (?:treści|głównej treści|nawigacji|stopki|wyszukiwarki|menu)|(?:wróć|powrót|przewiń) (?:na górę|do góry|na początek)|do góry|na górę|(?:otwórz |zamknij |główne )?menu|nawigacja|szukaj|wyszukaj|wyszukiwarka|zamknij|strona główna|(?:wróć|powrót) do strony głównej|działy|wszystkie działy|kategorie|zaloguj(?: się)?|wyloguj(?: się)?|zarejestruj(?: się)?|załóż konto|moje konto|mój profil|e-?wydanie|wersja do druku|wersja mobilna|wróć|powrót|dalej|wstecz|następny(?: artykuł)?|poprzedni(?: artykuł)?|następna|poprzednia)$/iu,
      examples: ["Przejdź do treści", "Strona główna", "Menu", "Zaloguj się"],
      nonExamples: ["Szukaj pomocy u specjalisty – radzi lekarz."],
    },
    {
      id: "nav/pl/pagination",
      kind: "nav",
      pattern:
        /^(?:strona \d+ z \d+|następna strona|poprzednia strona|« ?poprzednia|następna ?»|(?:starsze|nowsze) (?:wpisy|artykuły|posty)|kontynuuj czytanie(?: ?»| ?→)?)$/iu,
      examples: ["Strona 2 z 5", "Następna strona", "Starsze wpisy"],
      nonExamples: ["Strona 2 z raportu wymienia koszty."],
    },
    // reading time
    {
      id: "readingTime/pl/min-read",
      kind: "readingTime",
      pattern:
        /^(?:ok\. |około )?(?<minutes>\d{1,3}) ?(?:min\.?|minut[ay]?)(?: (?<seconds>\d{1,2}) ?(?:s|sek\.?|sekund[ay]?))? (?:czytania|lektury)$/iu,
      examples: ["5 min czytania", "3 minuty czytania", "ok. 12 min. lektury"],
      nonExamples: ["5 minut później drzwi się otworzyły.", "5 min"],
    },
    {
      id: "readingTime/pl/label",
      kind: "readingTime",
      pattern:
        /^(?:(?:szacowany )?czas (?:czytania|lektury)(?: ?: ?| )|przeczytasz w )(?:ok\. ?|około )?(?<minutes>\d{1,3}) ?(?:min\.?|minut[ay]?|minutę)(?: (?<seconds>\d{1,2}) ?(?:s|sek\.?|sekund[ay]?))?$/iu,
      examples: ["Czas czytania: 3 min", "Czas czytania: ok. 5 minut", "Przeczytasz w 4 minuty"],
      nonExamples: ["Czas czytania książek spada wśród nastolatków."],
    },
    // bylines
    {
      id: "byline/pl/author",
      kind: "byline",
      pattern:
        /^(?:(?:[Aa]utor(?:ka|zy|ki)?(?: tekstu| artykułu)?|AUTOR(?:KA|ZY)?|[Tt]ekst|TEKST|[Oo]pracowanie|OPRACOWANIE|[Nn]apisał(?:a)?|[Rr]ozmawiał(?:a)?|[Rr]eporter(?:ka)?|[Rr]edaktor(?:ka)?) ?: ?|[Oo]prac\.:? ?|OPRAC\.:? ?)(?<names>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ,]+(?:i |oraz |& )?\p{Lu}[\p{L}\p{M}'’.-]*){0,11})(?:\s*[|,·•–—/]\s*[^.!?]{0,60})?$/u,
      examples: [
        "Autor: Jan Kowalski",
        "Autorzy: Anna Nowak i Piotr Wiśniewski",
        "Opracowanie: Marta Zielińska | PAP",
        "Oprac. Katarzyna Lewandowska",
      ],
      nonExamples: [
        "Autor: nieznany sprawca ukradł obraz z muzeum.",
        "Tekst ustawy trafi do Sejmu w przyszłym tygodniu.",
      ],
    },
    // date lines
    {
      id: "dateline/pl/updated",
      kind: "dateline",
      dateRole: "modified",
      pattern:
        /^(?:(?:(?:ostatnia|ost\.) )?aktualizacja|zaktualizowano|data (?:aktualizacji|modyfikacji|edycji)|aktualizowano|edytowano|zmodyfikowano|akt\.)(?: ?: ?| )(?<date>[^\d]{0,20}\d.{0,60})$/iu,
      examples: [
        "Aktualizacja: 19.06.2024 12:30",
        "Ostatnia aktualizacja: 20 czerwca 2024, 8:15",
        "Zaktualizowano 3 marca 2023",
      ],
      nonExamples: ["Aktualizacja oprogramowania usunęła błąd, który od 2019 roku psuł zdjęcia."],
    },
    {
      id: "dateline/pl/published",
      kind: "dateline",
      pattern:
        /^(?:(?:opublikowano|dodano|utworzono|data (?:publikacji|dodania|utworzenia|wpisu))(?: ?: ?| )|(?:pierwsza )?publikacja ?: ?)(?<date>[^\d]{0,20}\d.{0,60})$/iu,
      examples: [
        "Opublikowano: 19 czerwca 2024, 10:12",
        "Data publikacji: 19.06.2024",
        "Publikacja: wtorek, 3 stycznia 2023",
      ],
      nonExamples: [
        "Opublikowano również raport, z którego wynika, że 30 proc. Polaków oszczędza.",
      ],
    },
    // captions
    {
      id: "caption/pl/glued-credit",
      kind: "caption",
      pattern:
        /\((?<credit>(?:fot|foto|fotografia|zdj|zdjęcie|zdjęcia|ilustracja|graf|grafika|źródło zdjęcia)\.?(?: ?: ?| )[^()]{1,80})\)$/iu,
      examples: [
        "Premier podczas konferencji prasowej w Warszawie (fot. PAP/Paweł Supernak)",
        "Łodzie w porcie o świcie (Fot. Shutterstock)",
        "Nowy most na Wiśle (zdjęcie: Jan Kowalski)",
      ],
      nonExamples: ["Plan (który poparł burmistrz) upadł.", "Bezrobocie spadło (źródło: GUS)"],
    },
    {
      id: "caption/pl/credit-suffix",
      kind: "caption",
      pattern:
        /(?:^|[.!?] | [|–—] )(?:(?:fot|zdj)\.:?|(?:foto|fot|fotografia|fotografie|zdjęcie|zdjęcia|ilustracja|grafika|źródło zdjęcia|źródło zdjęć|autor zdjęcia|autor zdjęć|autorka zdjęć) ?:) ?(?<credit>[^:\s.!?|–—„”"«»](?:[^:.!?|–—„”"«»]|\.(?=\S)){1,59})$/iu,
      examples: [
        "Fot. PAP/Leszek Szymański",
        "fot. Materiały prasowe",
        "Zdjęcie: Anna Nowak",
        "Łodzie w porcie o świcie. Fot. Jan Kowalski / Agencja Przykład.pl",
        "Most nad Wisłą | fot. Materiały prasowe",
      ],
      nonExamples: ["Zdjęcie: rozmazana plama koloru, jak powiedziała, nie było jej."],
    },
  ],
  stopWords: [
    "i",
    "w",
    "na",
    "z",
    "się",
    "nie",
    "do",
    "to",
    "że",
    "jest",
    "o",
    "a",
    "jak",
    "po",
    "ze",
    "od",
    "za",
    "ale",
    "dla",
    "co",
    "tak",
    "jego",
    "jej",
    "ich",
    "przez",
    "już",
    "tym",
    "jako",
    "był",
    "była",
    "było",
    "były",
    "są",
    "może",
    "tylko",
    "też",
    "także",
    "oraz",
    "lub",
    "czy",
    "ten",
    "ta",
    "te",
    "tego",
    "tej",
    "który",
    "która",
    "które",
    "których",
    "którzy",
    "którym",
    "gdy",
    "jednak",
    "bo",
    "pod",
    "przed",
    "przy",
    "we",
    "sobie",
    "mu",
    "go",
    "je",
    "by",
    "bardzo",
    "będzie",
    "będą",
    "nad",
    "między",
    "aby",
    "żeby",
    "więc",
    "jeszcze",
    "ma",
    "mają",
    "został",
    "została",
    "zostało",
    "również",
    "według",
    "jeśli",
    "jeżeli",
    "tu",
    "tam",
    "nawet",
    "u",
    "on",
    "ona",
    "oni",
    "my",
    "nas",
    "kiedy",
    "gdzie",
    "bez",
    "ani",
    "ponieważ",
    "którą",
    "tych",
    "tę",
    "być",
    "można",
  ],
  months: {
    styczeń: 1,
    stycznia: 1,
    styczen: 1,
    sty: 1,
    luty: 2,
    lutego: 2,
    lut: 2,
    marzec: 3,
    marca: 3,
    mar: 3,
    kwiecień: 4,
    kwietnia: 4,
    kwiecien: 4,
    kwi: 4,
    maj: 5,
    maja: 5,
    czerwiec: 6,
    czerwca: 6,
    cze: 6,
    lipiec: 7,
    lipca: 7,
    lip: 7,
    sierpień: 8,
    sierpnia: 8,
    sierpien: 8,
    sie: 8,
    wrzesień: 9,
    września: 9,
    wrzesien: 9,
    wrzesnia: 9,
    wrz: 9,
    październik: 10,
    października: 10,
    pazdziernik: 10,
    pazdziernika: 10,
    paź: 10,
    paz: 10,
    listopad: 11,
    listopada: 11,
    lis: 11,
    grudzień: 12,
    grudnia: 12,
    grudzien: 12,
    gru: 12,
  },
};
