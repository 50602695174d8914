import { record, Slug, Time, type Infer } from './guard';

/** The preparation checklist's ticks saved on the device: item id → when it was ticked. */
export const PrepChecklistSchema = record(Slug, Time);

export type PrepChecklist = Infer<typeof PrepChecklistSchema>;
