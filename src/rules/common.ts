import type { RulePack } from "./types.js";

/**
 * Rules that hold in any language: social network names, lines of symbols, bare URLs and e-mail
 * addresses.
 *
 * @example
 * ```ts
 * import { common } from "newsclean";
 * common.lang; //=> "*"
 * ```
 */
export const common: RulePack = {
  lang: "*",
  rules: [
    {
      id: "share/common/network-name",
      kind: "share",
      pattern:
        /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|e-?mail|tumblr|vk|vkontakte|weibo|wechat|line|viber|messenger|flipboard|pocket|threads|bluesky|mastodon|google\+?|digg|stumbleupon|delicious|odnoklassniki|ok\.ru|livejournal|qzone|douban|sms|rss)(?:\s*[,/|·•]\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|e-?mail|vk|weibo|wechat|line|viber|messenger|google\+?|rss)){0,10}$/iu,
      examples: ["Facebook", "WhatsApp", "Twitter / Facebook / Email"],
      nonExamples: ["Facebook fined", "Emails"],
    },
    {
      id: "nav/common/symbols-only",
      kind: "nav",
      pattern: /^[\p{P}\p{S}\s]+$/u,
      examples: ["»", "| | |", "← →", "***"],
      nonExamples: ["A", "12"],
    },
    {
      id: "nav/common/bare-url",
      kind: "nav",
      pattern: /^(?:https?:\/\/|www\.)\S+$/iu,
      examples: ["https://example.com/news/1", "www.example.org"],
      nonExamples: ["See https://example.com for details"],
    },
    {
      id: "footer/common/email-address",
      kind: "footer",
      pattern: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u,
      examples: ["newsroom@example.com"],
      nonExamples: ["Write to newsroom@example.com with tips."],
    },
  ],
  stopWords: [],
  months: {},
};
