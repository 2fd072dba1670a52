/**
 * A forecast's period and the month it ends in: "raised its growth forecast for the fiscal year ending in March",
 * "the outlook for the year to June", "guidance for the quarter through September". A forecast is made for a period
 * still under way or to come, so its end lies ahead of the writing whatever the clause's tense (written in October,
 * March is next year's). Not a period told as over ("the quarter ended in June"). The end's date is whatever follows
 * the match.
 */
export const FORECAST_PERIOD_END =
  /\b(?:forecasts?|outlooks?|projections?|predictions?|guidance|estimates?|targets?)\s+for\s+(?:(?:the|its|their|this|next|current|coming|fiscal|financial|business|full|first|second|third|fourth)\s+)*(?:years?|quarters?|half|halves|period|season)\s+(?:ending|that\s+ends|to|through|till|until)\s+(?:in\s+)?(?=[A-Z])/g;
