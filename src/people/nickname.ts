/** A nickname in double quotes between the words of a full name: ' "Diddy"' of 'Sean "Diddy" Combs'. */
const QUOTED_NICKNAME = /\s["“][^"”\n]{1,40}["”](?=\s)/gu;

/**
 * A person's name without a quoted nickname inside it ('Sean "Diddy" Combs' → "Sean Combs", 'Earvin "Magic" Johnson' →
 * "Earvin Johnson"): the nickname is no part of the name, though the mention's span, which is the text as written, keeps it.
 */
export const withoutNickname = (name: string): string => name.replace(QUOTED_NICKNAME, '');
