/**
 * A verb of saying or thinking, then "that" opening what it reports, then a modal or a future before the event: "when Lula
 * told reporters that the agreement could be signed", "said in Berlin that talks will resume". What is reported as only
 * possible or still to come has no place or time yet but its own: the frame's ("met in Berlin in September, when ...")
 * are the telling's, not the signing's.
 */
const REPORTED_POSSIBLE =
  /\b(?:said|says|say|told|tells|tell|announced|added|stated|warned|insisted|argued|believes?|believed|thinks?|thought|hopes?|hoped|expects?|expected)\b[^.;]*?\bthat\s+[^.;]*\b(?:will|would|could|may|might|should|must|can|shall|won['’]t)\b[^.;]*$/i;

/** Whether the words between a frame's place or date and an event put the event in reported content that is only possible or to come. */
export const inReportedPossible = (between: string): boolean => REPORTED_POSSIBLE.test(between);
