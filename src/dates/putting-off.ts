/** The object between an active verb that moves an event and what follows it: "pushed [the concert] back to". */
export const EVENT_OBJECT = String.raw`\s+(?:the|its|their|his|her|a|this|that)\s+[a-z]+(?:\s+[a-z]+)?`;

/**
 * A verb of putting an event off (or bringing it forward), with its object when active, up to the "to"/"until" that
 * names the new time: "postponed", "delayed the launch", "pushed back", "pushed the concert back", "put off", "brought
 * the vote forward". Read by the tense oracle (the new time lies ahead) and by ordinal days (the day is the new time).
 */
export const PUTTING_OFF = String.raw`\b(?:(?:postpone[ds]?|delay(?:ed|s)?)(?:${EVENT_OBJECT})?|(?:push(?:ed|es)?|puts?)(?:${EVENT_OBJECT})?\s+back|puts?(?:${EVENT_OBJECT})?\s+off|br(?:ought|ings?)(?:${EVENT_OBJECT})?\s+forward)`;
