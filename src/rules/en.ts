import type { RulePack } from "./types.js";

/**
 * English rules: related-link teasers, promos, share rows, newsletter and app pushes, cookie
 * notices, comments, footers, republishing notices, advertisement markers, bylines, date lines,
 * reading times and photo credits.
 *
 * @example
 * ```ts
 * import { en } from "newsclean";
 * en.rules.find((r) => r.id === "related/en/read-more-colon")?.kind; //=> "related"
 * ```
 */
export const en: RulePack = {
  lang: "en",
  rules: [
    // related
    {
      id: "related/en/read-more-colon",
      kind: "related",
      pattern:
        /^(?<label>read more|more|read|more on this(?: story)?|must read)\s*[:|]\s*(?<title>\S.*)$/iu,
      examples: [
        "Read more: Kim Jong Un greets Vladimir Putin with late-night red carpet reception",
        "READ MORE | Floods close three schools",
        "More: The budget explained",
      ],
      nonExamples: ["Read more carefully, he said.", "More than 300 people attended."],
    },
    {
      id: "related/en/also-read",
      kind: "related",
      pattern:
        /^(?<label>also read|read also|see also|also see|also watch|watch|related|related article|related story|related news|recommended|don['’]t miss|read next|up next|next)\s*[:|\-–—]\s*(?<title>\S.*)$/iu,
      examples: [
        "ALSO READ: Monsoon arrives early in Kerala",
        "Also Read | Council votes to close the bridge",
        "Related: The harbour’s long decline",
        "Don't miss: Ten walks for spring",
      ],
      nonExamples: ["Also, read the small print before signing.", "Related costs rose by 4%."],
    },
    {
      id: "related/en/section-heading",
      kind: "related",
      scope: "section",
      pattern:
        /^(?:related(?: (?:stories|articles|posts|news|content|coverage|links|reading|topics|videos))?|similar (?:posts|stories|articles|news)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:stories|news|articles|headlines|videos)(?: from [^.!?]{1,40})?|more from [^.!?]{1,40}|more on (?:this|[^.!?]{1,40})|recommended(?: for you| stories| reading| articles)?|most (?:read|popular|viewed|shared|commented|watched)(?: stories| articles| news)?|trending(?: now| stories| news)?|top stories|latest (?:news|stories|headlines|articles)|what to read next|further reading|editor['’]?s picks|popular (?:now|stories|posts|articles)|in other news|elsewhere on [^.!?]{1,40}|around the web|from the web|read next|up next|read more|more headlines|(?:top |latest |more )?(?:[\p{L}.]+ ){0,2}headlines|(?:internal|external|related|useful) links|also on [^.!?]{1,40}|stay connected(?: with [^.!?]{1,40})?):?$/iu,
      examples: [
        "Similar Posts",
        "Related Stories",
        "You may also like",
        "Most Read",
        "More from Sport",
      ],
      nonExamples: [
        "Related costs rose sharply last year.",
        "More than a third of voters stayed home.",
      ],
    },
    // promo
    {
      id: "promo/en/call-to-action",
      kind: "promo",
      pattern:
        /\b(?:explore|shop|download|subscribe|sign up|join|register|order|book|buy|try|read|watch|listen|start|click|learn more|find out more|check it out|get started)(?: it| them| us)? (?:now|today|here|for free|free)(?: (?:now|today))?(?:\s*!+|\s*[»›>]+)?$/iu,
      examples: [
        "Get World Cup ready with Crickit! From live scores to match stats, catch all the action here. Explore now!",
        "Watch now",
        "Try it free today »",
      ],
      nonExamples: ["Voting will start today.", "They said they would listen."],
    },
    {
      id: "promo/en/get-updates",
      kind: "promo",
      pattern:
        /^(?:get|catch|stay (?:up to date|updated|informed) (?:with|on)|follow) (?:all )?(?:the )?(?:latest|current|live|breaking|real-time|instant|top|daily|all)\b.{0,120}\b(?:updates?|news|headlines|alerts|coverage|stories)\b/iu,
      examples: [
        "Get Current Updates on World News, US News , Hollywood News , Anime and Top Headlines from around the world.",
        "Catch all the latest updates on the election here",
      ],
      nonExamples: ["Get ready for a long winter, the forecaster warned."],
    },
    {
      id: "promo/en/betting-bonus",
      kind: "promo",
      pattern:
        /\b(?:welcome|sign[- ]?up|deposit|casino|betting|free) bonus\b|\bbonus of up to\b|\bfree (?:bets?|spins|poker chips|chips)\b/iu,
      examples: [
        "Get a bonus of up to £250 with Acme Bingo!",
        "Claim your £10 free bet today",
        "Get $500 free poker chips with Acme Poker",
      ],
      nonExamples: ["The bonus was paid in March to all staff."],
    },
    {
      id: "promo/en/sponsored",
      kind: "promo",
      pattern:
        /^(?:sponsored(?: content| post| stories| links)?|paid (?:post|content|partner content)|promoted(?: content| stories| links)?|partner content|presented by [^.!?]{1,60}|sponsored by [^.!?]{1,60})$/iu,
      examples: ["Sponsored Content", "Promoted Stories", "Sponsored by Acme Bank"],
      nonExamples: ["Sponsored events drew large crowds."],
    },
    // advertisement
    {
      id: "advertisement/en/marker",
      kind: "advertisement",
      pattern: /^[-–—\s[(]*(?:advertisement|advertising|advert|ads?|sponsored ad)[-–—\s\])]*$/iu,
      examples: ["Advertisement", "ADVERTISEMENT", "- Advertisement -", "[Ad]"],
      nonExamples: ["Advertising revenue fell by 10%.", "Ad hoc"],
    },
    {
      id: "advertisement/en/continues-below",
      kind: "advertisement",
      pattern:
        /^(?:the )?(?:story|article|content|text|report) continues (?:below|after) (?:the |this )?(?:advertisement|advert|ad)\.?$/iu,
      examples: ["Story continues below advertisement", "Article continues after this ad"],
      nonExamples: ["The story continues below the bridge, where the river bends."],
    },
    {
      id: "advertisement/en/scroll-to-continue",
      kind: "advertisement",
      pattern:
        /^scroll (?:down )?to (?:continue|read)(?: with content| reading| the article)?\.?$/iu,
      examples: ["Scroll to continue with content", "SCROLL TO CONTINUE WITH CONTENT"],
      nonExamples: ["Scroll down the list of names."],
    },
    // share
    {
      id: "share/en/share-this",
      kind: "share",
      pattern:
        /^(?:share(?: this)?(?: article| story| post| page| video| link)?(?: on| via| with)?(?: facebook| twitter| x| linkedin| whatsapp| email| your friends)?|click to share(?: on [^.!?]{1,30})?|tweet(?: this)?|email this(?: article| story| page)?|print(?: this)?(?: article| story| page)?|copy link|link copied|save(?: article| story)?|bookmark)(?: ?:)?$/iu,
      examples: ["Share this article", "Share", "Share on Facebook", "Print this page", "Share:"],
      nonExamples: ["Shares in the company fell 3%.", "Share prices rose."],
    },
    {
      id: "share/en/follow-us",
      kind: "share",
      pattern:
        /^(?:follow|like|join|find|connect with) (?:us|\S+(?: \S+){0,3}) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp|google news|social media)\b.{0,100}$/iu,
      examples: [
        "Follow us on Facebook, Twitter and Instagram",
        "Follow Jane Smith on Twitter @janesmith",
        "Join us on Telegram for breaking news",
      ],
      nonExamples: ["Follow the river north for two miles."],
    },
    // newsletter
    {
      id: "newsletter/en/sign-up",
      kind: "newsletter",
      pattern:
        /^(?:[^.!?]{1,60}[.!?] )?(?:sign up|subscribe|register|opt in)\b.{0,80}\b(?:newsletters?|briefings?|bulletins?|digest)\b|^(?:subscribe to (?:our|the)\b.{0,80}|newsletters?|our newsletter)$/iu,
      examples: [
        "Sign up for our newsletter",
        "Want the best of the week? Sign up for our free newsletter.",
        "Subscribe to our daily briefing and get the top stories every morning.",
        "Newsletter",
      ],
      nonExamples: ["She subscribed to three newspapers as a child."],
    },
    {
      id: "newsletter/en/get-our",
      kind: "newsletter",
      pattern:
        /^(?:get|sign up (?:for|to)|subscribe to) (?:our|the) (?:free )?(?:morning|daily|evening|weekly|breaking news|top stories)? ?(?:briefing|newsletter|digest|email|bulletin)s?[!.]?$/iu,
      examples: ["Get our morning briefing", "Sign up for our daily newsletter"],
      nonExamples: ["Get our readers to the polls, the organiser urged."],
    },
    {
      id: "promo/en/paywall",
      kind: "promo",
      pattern:
        /\b(?:subscribe|sign in|log in|register) to (?:keep|continue) reading\b|^already a subscriber\?|^this (?:article|story|content) is (?:for|available to) (?:subscribers|members) only\b/iu,
      examples: [
        "Subscribe to keep reading. Already a subscriber? Log in.",
        "This article is for subscribers only.",
      ],
      nonExamples: ["Readers can subscribe to the print edition at any newsagent."],
    },
    {
      id: "newsletter/en/inbox",
      kind: "newsletter",
      pattern: /\b(?:delivered|sent|straight|direct(?:ly)?) to your inbox\b/iu,
      examples: ["The best stories of the week, delivered to your inbox."],
      nonExamples: ["The letter arrived in his inbox on Friday."],
    },
    {
      id: "newsletter/en/email-field",
      kind: "newsletter",
      pattern:
        /^(?:(?:please )?enter your e-?mail(?: address)?\.?|your email(?: address)?|email address|thank you for (?:signing up|subscribing)[!.]?|you(?:['’]re| are) (?:now )?subscribed[!.]?)(?: ?:)?$/iu,
      examples: ["Enter your email address", "Thank you for subscribing!"],
      nonExamples: ["Email addresses of 2,000 staff were leaked."],
    },
    // app
    {
      id: "app/en/download-app",
      kind: "app",
      pattern:
        /^(?:[^.!?]{1,60}[.!?] )?(?:download|get|install|try) (?:the|our)\b.{0,50}\bapps?\b|^get the app[!.]?$|\bavailable (?:on|in) the (?:app store|google play)\b|^(?:download on the app store|get it on google play)$/iu,
      examples: [
        "Download the Harbour Times app for the latest news",
        "Get the app",
        "Available on the App Store and Google Play",
      ],
      nonExamples: ["The app was downloaded two million times."],
    },
    // cookie
    {
      id: "cookie/en/we-use-cookies",
      kind: "cookie",
      pattern:
        /\b(?:we|this (?:site|website)|our (?:site|website)|our partners) (?:uses?|stores?|may use) (?:cookies|similar technologies)\b|\bby (?:continuing|using|browsing) (?:to (?:use|browse) )?(?:this|our) (?:site|website)\b|\bcookie (?:policy|settings|preferences|consent)\b/iu,
      examples: [
        "We use cookies to improve your experience. By continuing to use this site you agree to our use of cookies.",
        "This website uses cookies",
        "Cookie settings",
      ],
      nonExamples: ["The bakery sold 400 cookies before noon."],
    },
    {
      id: "cookie/en/consent-button",
      kind: "cookie",
      pattern:
        /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|allow (?:all )?cookies|manage (?:cookies|preferences|consent|options)|i (?:agree|accept)|agree(?: and close)?|got it|ok(?:ay)?|i understand|more options|customi[sz]e settings)[!.]?$/iu,
      examples: ["Accept", "Accept all cookies", "Got it!", "Manage preferences"],
      nonExamples: ["Accept the result, she said."],
    },
    // comments
    {
      id: "comments/en/section-heading",
      kind: "comments",
      scope: "tail",
      pattern:
        /^(?:comments?|\d+ comments?|comments? \(\d+\)|reader comments|(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)|join the (?:discussion|conversation|debate)|(?:show|view|load|read|see) (?:all )?(?:\d+ )?comments|\d+ responses?|discussion|what do you think\?|have your say|conversation|(?:comments?|talkbacks?|responses?|reactions?|feedback) (?:from|for|on|to) [^.!?]{1,50}|talkbacks?)(?: ?:)?(?: ?\d{1,5})?$/iu,
      examples: [
        "Comments (3)",
        "Leave a comment",
        "Join the discussion",
        "12 Comments",
        "Comments from our readers",
        "Talkbacks for this article: 12",
      ],
      nonExamples: ["Comments from the minister drew criticism."],
    },
    {
      id: "comments/en/actions",
      kind: "comments",
      pattern:
        /^(?:reply|report(?: abuse| comment)?|flag|recommend|permalink|(?:log|sign) in to (?:comment|reply|post)|you must be logged in to post a comment\.?|\d+ (?:likes?|replies|points?|recommendations?)|(?:cancel|post) reply|newest|oldest|most liked|sort by:? [^.!?]{1,20})$/iu,
      examples: ["Reply", "Log in to comment", "4 likes", "Sort by: Newest"],
      nonExamples: ["Reply to the letter came a week later."],
    },
    // footer
    {
      id: "footer/en/copyright-notice",
      kind: "footer",
      scope: "boundary",
      pattern:
        /^(?:©|\(c\)|copyright)(?: ?©)? ?(?:\d{4}(?: ?[-–] ?\d{4})?,? )(?:[^ ]+ ){2}.{0,200}$|\ball rights reserved\b/iu,
      examples: [
        "© 2024 Example Media Ltd. All rights reserved.",
        "Copyright 2024 Courtesy of Example Sports Wire.",
        "Copyright © 2024 Example Publishing, a division of Example Media Group.",
      ],
      nonExamples: [
        "© 2024 Getty Images",
        "Copyright law protects the photograph, the judge said.",
      ],
    },
    {
      id: "footer/en/copyright",
      kind: "footer",
      pattern:
        /^(?:©|\(c\)|copyright (?:©|\(c\))|copyright \d{4}).{0,200}$|\ball rights reserved\b/iu,
      examples: [
        "© 2024 Example Media Ltd. All rights reserved.",
        "Copyright 2019-2024 Harbour Times",
      ],
      nonExamples: ["Copyright law protects the photograph, the judge said."],
    },
    {
      id: "footer/en/legal-links",
      kind: "footer",
      pattern:
        /^(?:privacy(?: policy| notice| settings| centre| center)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|jobs|sitemap|site map|accessibility|help|faq|imprint|rss(?: feeds?)?|corrections|editorial (?:policy|guidelines|standards)|code of (?:conduct|ethics)|do not sell (?:or share )?my (?:personal )?info(?:rmation)?|work with us|subscriptions?|manage subscription)$/iu,
      examples: ["Privacy Policy", "Terms of Use", "Contact us"],
      nonExamples: ["Contact was lost at 3 a.m."],
    },
    // republish
    {
      id: "republish/en/originally-published",
      kind: "republish",
      pattern:
        /\b(?:was|is|were) (?:first |originally )?(?:published|posted|appeared) (?:on|in|at|by)\b.{0,120}$|\boriginally (?:published|appeared|posted|ran)\b|^read the original (?:article|story|post)\b/iu,
      examples: [
        "This post was originally published on 3rd party site mentioned in the title this site",
        "This article was originally published on The Conversation.",
        "Read the original article.",
      ],
      nonExamples: ["The report, originally due in May, was delayed."],
    },
    {
      id: "republish/en/source-line",
      kind: "republish",
      pattern: /^(?:source|sources|via|courtesy)(?: ?: ?| - )[^.!?]{2,60}$/iu,
      examples: ["Source: Example Wire Service", "Via: Example Wire"],
      nonExamples: ["Sources say the minister will resign.", "Source of the leak remains unknown"],
    },
    {
      id: "republish/en/appeared-first",
      kind: "republish",
      pattern:
        /^(?:this (?:article|story|post|piece|report) (?:first )?(?:appeared|ran) in\b|(?:republished|reprinted|reproduced) (?:with permission )?(?:from|courtesy of)\b|the post .{1,200} appeared first on\b)/iu,
      examples: [
        "This story first appeared in The Example Review.",
        "Republished with permission from Example Wire.",
      ],
      nonExamples: ["This story appeared to surprise the minister."],
    },
    // nav
    {
      id: "nav/en/see-more",
      kind: "nav",
      pattern:
        /^(?:see|view|show|load|read) (?:more|all|full story|full article|the full story|more stories|more news)(?:\s*[»›>]+|\.\.\.|…)?$/iu,
      examples: ["See more", "View all", "Load more stories"],
      nonExamples: ["See more of the city on foot."],
    },
    {
      id: "nav/en/skip-link",
      kind: "nav",
      pattern:
        /^(?:skip to (?:main )?(?:content|navigation|footer|search)|back to top|go to top|toggle navigation|tools? help|(?:main |open |close )?menu|search(?: for)?:?|close|home|sections|all sections|log ?in|sign ?in|log ?out|sign ?out|register|my account|e-?paper|previous|next|prev|back)$/iu,
      examples: ["Skip to main content", "Back to top", "Menu", "Home"],
      nonExamples: ["Home prices fell in May."],
    },
    {
      id: "nav/en/pagination",
      kind: "nav",
      pattern:
        /^(?:page \d+ of \d+|next page|previous page|« ?previous|next ?»|older posts|newer posts|continue reading(?: »| →)?)$/iu,
      examples: ["Page 2 of 5", "Next »", "Continue reading →"],
      nonExamples: ["Page 2 of the report lists the costs."],
    },
    // page tools and interface text (after the specific kinds above)
    {
      id: "share/en/tools-label",
      kind: "share",
      pattern:
        /^(?:(?:story|share|article|page) tools|report (?:a )?typo|send (?:us )?(?:your )?feedback|(?:story|share|article) tools: [^.!?]{1,120}|\d[\d,.]* (?:views|reads|shares|likes))$/iu,
      examples: [
        "Share Tools",
        "Report Typo",
        "Story Tools: EMAIL | PRINT | Text Size: S M L",
        "4,512 views",
      ],
      nonExamples: ["Report a typo in the budget led to a recount."],
    },
    {
      id: "byline/en/name-agency",
      kind: "byline",
      pattern:
        /^(?<names>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}), (?:[Tt]he |THE )?(?:Associated Press|ASSOCIATED PRESS|Canadian Press|CANADIAN PRESS|Press Association|Reuters|REUTERS|AFP|Bloomberg|AP|Staff|STAFF)$/u,
      examples: ["Mara K. Holt, THE ASSOCIATED PRESS", "Jane Doe, Reuters"],
      nonExamples: ["Officials told the Associated Press"],
    },
    {
      id: "byline/en/with-files-from",
      kind: "byline",
      pattern:
        /^(?:with files from|with reporting (?:by|from)|additional reporting by|compiled by|edited by|editing by)\b[^,.!?]{1,100}\.?$/iu,
      examples: ["With files from Example Wire", "Additional reporting by Jane Doe"],
      nonExamples: ["With files from the archive, she rebuilt the timeline of the crash."],
    },
    {
      id: "republish/en/external-links-note",
      kind: "republish",
      pattern: /\bnot responsible for the content of external (?:sites|links|websites)\b/iu,
      examples: ["(Note: Example Herald is not responsible for the content of external sites)"],
      nonExamples: ["The company said it was not responsible for the outage."],
    },
    {
      id: "share/en/page-tools",
      kind: "share",
      pattern:
        /^(?:[|•·] ?)?(?:(?:e-?mail|print|save|share|send|post|tweet|bookmark|recommend|comment|comments|reprints?|single page|text size|font size|change text size|a|an|this|the|to|my|for|of|on|it|story|article|page|pages|link|friend|editor|add|sign in to|printer[- ]friendly|version|del\.icio\.us|digg|facebook|twitter|reddit|stumbleupon|yahoo! buzz|google|newsvine)(?:[ \t]{1,3}|[ \t]?[|/•·:,][ \t]?|$)){2,14}$/iu,
      examples: [
        "Email This Article   Print This Article",
        "Email to a friend",
        "Add To My Page",
        "Change text size for this article",
        "| Reprints | Single Page |",
        "Post to Digg Reddit",
        "Email Print To Editor Comments",
      ],
      nonExamples: [
        "Print the form and post it to the editor by Friday.",
        "Share prices fell on Monday",
      ],
    },
    {
      id: "nav/en/click-here",
      kind: "nav",
      pattern: /^click (?:here|to)\b[^.!?]{0,80}!?$/iu,
      examples: [
        "Click here to see the full gallery",
        "Click to enlarge",
        "Click here to bet with Acme!",
      ],
      nonExamples: ["Click here, the instructions said, and then wait."],
    },
    {
      id: "nav/en/next-article",
      kind: "nav",
      pattern: /^(?:next|previous|prev) (?:article|story|post)\b[^.!?]{0,60}$/iu,
      examples: ["Next Article in Sport »", "Previous story: Council budget vote"],
      nonExamples: ["Next story time is at noon."],
    },
    {
      id: "nav/en/page-ui",
      kind: "nav",
      pattern:
        /^(?:continue reading(?: the main story| below| the story)?|jump to (?:[^.!?]{1,40})|go to (?:[^.!?]{1,40})|(?:large|larger|small|smaller|normal|medium|reset) (?:font|text)(?: size)?|font size|text size|blog this|mail (?:the|to) editor|check for new comments|what['’]s this\??|loading(?:\.\.\.|…)?|current location in site|you are here:?|(?:news )?alerts by e-?mail\b[^.!?]{0,30}|type the characters (?:in|from) this (?:picture|image)\b[^.!?]{0,10}|(?:sign|log) in to (?:e-?mail|save|comment|reply|post)\b[^.!?]{0,30}|view (?:all|more) (?:articles|stories|posts) by [^.!?]{1,50}|more (?:articles|stories|posts) by [^.!?]{1,50}|tags?: [^.!?]{1,120}|filed under:? [^.!?]{1,120}|topics?: [^.!?]{1,120})$/iu,
      examples: [
        "Continue reading below",
        "Jump to the comments",
        "Go to the homepage",
        "Large font",
        "Blog This",
        "Mail the Editor",
        "What's this?",
        "Loading...",
        "You are here:",
        "Tags: ferries, harbour, council",
        "View all articles by Harbour Desk",
      ],
      nonExamples: [
        "Go to the polls early, officials urged voters.",
        "Loading of the ships resumed on Monday.",
        "Tag team wins the title",
      ],
    },
    // reading time
    {
      id: "readingTime/en/min-read",
      kind: "readingTime",
      pattern:
        /^(?<minutes>\d{1,3})\s*(?:min(?:ute)?s?\.?)(?:,?\s*(?<seconds>\d{1,2})\s*sec(?:ond)?s?)?\s+read(?:ing)?(?: time)?$/iu,
      examples: ["2 minutes, 13 seconds Read", "5 min read", "12 mins read"],
      nonExamples: ["5 minutes later the doors opened", "5 min"],
    },
    {
      id: "readingTime/en/label",
      kind: "readingTime",
      pattern:
        /^(?:estimated )?(?:reading time|read time|time to read)(?: ?: ?| )(?<minutes>\d{1,3})\s*(?:min(?:ute)?s?\.?)(?:,?\s*(?<seconds>\d{1,2})\s*sec(?:ond)?s?)?$/iu,
      examples: ["Reading time: 3 minutes", "Read time 4 min"],
      nonExamples: ["Reading time is falling among teenagers."],
    },
    // bylines
    {
      id: "byline/en/by",
      kind: "byline",
      pattern:
        /^(?:[Bb]y|BY|[Ww]ritten by|WRITTEN BY|[Ww]ords by|[Rr]eport(?:ed|ing) by|[Ss]tory by|[Pp]osted by|[Aa]uthor:)\s+(?<names>(?:the )?\p{Lu}[^.!?;]{1,80})$/u,
      examples: [
        "By Jane Doe and John Roe",
        "Written by Priya Nair",
        "BY ALEX KIM | Staff Writer",
        "By the Associated Press",
        "By Julian Marsh in Sydney",
      ],
      nonExamples: [
        "By the end of the year, the plan had failed.",
        "By drilling cores, they found ice.",
        "By Monday the council had agreed to the plan.",
      ],
    },
    {
      id: "byline/en/role-line",
      kind: "byline",
      pattern:
        /^(?:(?<names>\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}),? )?(?:(?:[Tt]he )?(?:\p{Lu}[\p{L}.&-]* ){0,4})(?:[Ss]enior |[Cc]hief |[Dd]eputy |[Ss]taff |[Ss]pecial |[Ff]oreign |[Pp]olitical |[Bb]usiness )?(?:[Ee]ditor|[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Cc]olumnist|[Cc]ritic|[Cc]ontributor|EDITOR|WRITER|REPORTER|CORRESPONDENT|COLUMNIST)$/u,
      examples: [
        "JANE ROWAN, Deputy Business Editor",
        "Harbour Desk Correspondent",
        "Staff Writer",
      ],
      nonExamples: ["The editor resigned on Friday.", "Readers wrote to the editor"],
    },
    // date lines
    {
      id: "dateline/en/updated",
      kind: "dateline",
      dateRole: "modified",
      pattern:
        /^(?:last )?(?:updated|modified|edited)(?: on| at)?(?: ?: ?| )(?<date>[^\d]{0,20}\d.{0,60})$/iu,
      examples: ["Updated: Jun 19, 2024, 10:12 IST", "Last updated 20 June 2024"],
      nonExamples: ["Updated guidance was issued to schools."],
    },
    {
      id: "dateline/en/published",
      kind: "dateline",
      pattern:
        /^(?:first )?(?:published|posted|created|date|dated|issued)(?: on| at)?(?: ?: ?| )(?<date>[^\d]{0,20}\d.{0,60})$/iu,
      examples: ["Published 19 June 2024", "Posted on March 3, 2023 at 9:15 am"],
      nonExamples: ["Published reports say the minister will resign."],
    },
    // captions
    {
      id: "caption/en/glued-credit",
      kind: "caption",
      pattern:
        /\((?<credit>(?:[\p{L}.]+ )?(?:photo|image|picture|pic|photograph|graphic|illustration|video grab)s?(?: ?[:/] ?[^()]{1,80}| by [^()]{1,60})?|(?:ap|afp|reuters|getty images|pti|ani|ians|epa|bloomberg|shutterstock|istock|xinhua)(?: ?[:/] ?[^()]{1,80})?)\)$/iu,
      examples: [
        "Vladimir Putin: Russia and North Korea have vowed to protect each other if attacked(File photo)",
        "Boats in the harbour at dawn. (AP Photo/Jane Smith)",
        "The old mill (Reuters)",
        "Davis scored eight points on Thursday. (Photo by Dana Tarr)",
      ],
      nonExamples: ["The plan (which the mayor backed) failed."],
    },
    {
      id: "caption/en/credit-suffix",
      kind: "caption",
      pattern:
        /(?:^|[.!?]\s+|\s[|–—-]\s|\s)(?:photo|image|picture|photograph|pic|video|illustration)(?: credit)?s? ?: ?(?<credit>[^:\s.][^:.]{1,59})$|^(?:credit|photo credit|image credit|image source|photo courtesy|courtesy) ?: ?(?<credit2>[^:\s.][^:.]{1,59})$/iu,
      examples: ["Photo: Reuters", "Image credit: Getty Images", "Boats at dawn. Photo: Reuters"],
      nonExamples: ["The photo: a blur of colour, she said, was not hers to sell."],
    },
  ],
  stopWords: [
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "that",
    "for",
    "it",
    "was",
    "on",
    "with",
    "he",
    "as",
    "by",
    "at",
    "from",
    "his",
    "her",
    "be",
    "have",
    "has",
    "had",
    "are",
    "were",
    "they",
    "this",
    "which",
    "but",
    "not",
    "said",
    "an",
    "their",
    "will",
    "would",
    "who",
    "been",
    "its",
    "or",
    "she",
    "we",
    "also",
    "more",
    "after",
    "there",
    "about",
    "than",
    "when",
    "into",
    "if",
    "can",
    "could",
    "one",
    "all",
    "our",
    "you",
    "i",
    "what",
    "over",
    "some",
    "out",
    "up",
  ],
  months: {
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
};
