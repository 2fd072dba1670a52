/**
 * A market price that was recorded: "closing price", "closing share price", "closing level", "unaffected price".
 * "closing" alone is no such noun ("the closing of the deal on Friday" lies ahead as often as behind).
 */
const PRICE_NOUN = String.raw`(?:(?:closing|unaffected|undisturbed)\s+(?:share\s+|stock\s+)?(?:prices?|levels?|values?))`;

/**
 * "close" as a noun: after a possessive or a determiner ("the stock's close", "its close"), not after "at", where it
 * tells when something happens ("shares will be suspended at the close on Friday"), nor after "to" or a modal, a verb.
 */
const CLOSE_NOUN = String.raw`(?:['’]s|(?<!\bat\s+)\b(?:the|its|their))\s+close(?:\s+of\s+(?:trading|business))?`;

/**
 * A recorded price, then the date it was recorded on: "Informatica's closing price on Friday", "the close on
 * Monday", "the stock's close of trading on June 6". The date is whatever follows the match.
 */
export const PRICE_BEFORE_DATE = new RegExp(String.raw`(?:\b${PRICE_NOUN}|${CLOSE_NOUN})\s+(?:on|of)\s+(?=\w)`, 'gi');

/** A weekday whose price was recorded: "Friday's close", "Monday's closing price". The match is the weekday. */
export const WEEKDAY_BEFORE_PRICE = new RegExp(String.raw`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=['’]s\s+(?:close\b|${PRICE_NOUN}))`, 'g');
