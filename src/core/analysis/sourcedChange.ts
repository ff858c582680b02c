import { LanguageId } from '../languages';
import { FindingChange } from './localFinding';

/** Where the text a finding was made in comes from: a code segment (by language) or the prose of a chat answer. */
export type FindingOrigin = LanguageId | 'prose' | 'text';

/** A finding change and how to place its segment-local offsets in the stream (`stream = base + local`). */
export interface SourcedChange extends FindingChange {
  base: number;
  origin: FindingOrigin;
  /** Segment number within the stream, so equal local keys from different segments stay distinct. */
  segment: number;
}
