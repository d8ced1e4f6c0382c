// The sentence rules, one cue family each, in the order their edges are proposed.

import { alternativeRule } from "./alternative";
import { contrastRule } from "./contrast";
import { integratesRule } from "./integrates";
import { partOfRule } from "./part-of";
import { supersedesRule } from "./supersedes";
import type { SentenceRule } from "./types";

export const SENTENCE_RULES: SentenceRule[] = [contrastRule, supersedesRule, alternativeRule, partOfRule, integratesRule];
