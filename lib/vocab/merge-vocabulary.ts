import type { Cues, EntityEntry, EntityKind, Vocabulary, VocabularySource } from "./types";

export class VocabularyError extends Error {}

const EMPTY_CUES: Cues = {
  contrasts: { between: [], afterOther: [], conversely: [], pairDiffers: [] },
  supersedes: { formerPrefix: [], newerVersionOf: [], olderMarker: [], preferMarker: [], mergedInto: [] },
  alternative: [],
  integrates: [],
  partOf: { featureOf: [], consistsOf: [], classifies: [], madeOf: [] },
  choiceMarkers: { recommended: [], amongBefore: [], amongAfter: [] },
  threatMarkers: { after: [], before: [], guardsFrom: [], kinds: [] },
  absenceMarkers: { afterNoun: [], afterObject: [], afterDoings: [], regardless: [], regardlessBefore: [] },
  negation: [],
  negatingPrefixes: [],
  personSuffixes: [],
  sectionHeadings: [],
  partsHeadings: [],
  kindsHeadings: [],
  useCaseHeadings: [],
  documentHeadings: [],
  headingFacets: { prefixes: [], suffixes: [], overview: [] },
  howToHeadings: { prefixes: [], suffixes: [] },
  joinedHeadings: { prefixes: [], suffixes: [], nameSuffixes: [] },
  sequenceLabels: [],
  valueHeaders: [],
  measureWords: [],
  prepositions: [],
  instructionCues: { endings: [], openings: [], controls: [] },
  questionHeadings: [],
  questionMarkers: [],
  stopTerms: [],
  genericWords: [],
  everydayWords: [],
  functionWords: [],
  nonNameWords: [],
  exampleCues: [],
  nounSuffixes: [],
  conventionalFileNames: [],
  exampleClosers: [],
  bracketRemarks: { opening: [], closing: [] },
  citationLabels: [],
  remarkLabels: [],
  answerLabels: [],
  falseLabels: [],
  falseMarkers: [],
  trueMarkers: [],
  documentNames: [],
  nonProductHeads: [],
  standardHeads: [],
  settingBounds: [],
  placeSpans: [],
  predicateAdjectives: [],
  evaluationHeads: [],
  analogyHeadings: [],
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function strings(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === "string")) throw new VocabularyError(`${where}: expected a list of strings`);
  return v as string[];
}

function entity(v: unknown, where: string, domain: string | undefined): EntityEntry {
  if (!isRecord(v)) throw new VocabularyError(`${where}: expected an object`);
  const { id, label, kind } = v;
  if (typeof id !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new VocabularyError(`${where}: "id" must be a lower-case ASCII slug`);
  if (typeof label !== "string" || !label.trim()) throw new VocabularyError(`${where}: "label" is missing`);
  if (kind !== "service" && kind !== "concept") throw new VocabularyError(`${where}: "kind" must be "service" or "concept"`);
  if (v.parent !== undefined && typeof v.parent !== "string") throw new VocabularyError(`${where}: "parent" must be an id`);
  return {
    id,
    label,
    kind: kind as EntityKind,
    names: strings(v.names, `${where}.names`),
    ja: strings(v.ja, `${where}.ja`),
    ...(typeof v.parent === "string" ? { parent: v.parent } : {}),
    // (A former name is a thing it supersedes too.)
    supersedes: [...new Set([...strings(v.supersedes, `${where}.supersedes`), ...strings(v.renamedFrom, `${where}.renamedFrom`)])],
    renamedFrom: strings(v.renamedFrom, `${where}.renamedFrom`),
    ambiguous: v.ambiguous === true,
    notWith: strings(v.notWith, `${where}.notWith`),
    otherSenseWords: strings(v.otherSenseWords, `${where}.otherSenseWords`).map((w) => w.toLowerCase()),
    ownedAfterName: strings(v.ownedAfterName, `${where}.ownedAfterName`),
    place: v.place === true,
    pervasive: v.pervasive === true,
    ...(domain ? { domain } : {}),
  };
}

function mergeCues(into: Cues, v: Record<string, unknown>, where: string): void {
  const group = (key: keyof Cues) => (isRecord(v[key]) ? (v[key] as Record<string, unknown>) : {});
  const c = group("contrasts");
  into.contrasts.between.push(...strings(c.between, `${where}.contrasts.between`));
  into.contrasts.afterOther.push(...strings(c.afterOther, `${where}.contrasts.afterOther`));
  into.contrasts.conversely.push(...strings(c.conversely, `${where}.contrasts.conversely`));
  into.contrasts.pairDiffers.push(...strings(c.pairDiffers, `${where}.contrasts.pairDiffers`));
  const s = group("supersedes");
  into.supersedes.formerPrefix.push(...strings(s.formerPrefix, `${where}.supersedes.formerPrefix`));
  into.supersedes.newerVersionOf.push(...strings(s.newerVersionOf, `${where}.supersedes.newerVersionOf`));
  into.supersedes.mergedInto.push(...strings(s.mergedInto, `${where}.supersedes.mergedInto`));
  into.supersedes.olderMarker.push(...strings(s.olderMarker, `${where}.supersedes.olderMarker`));
  into.supersedes.preferMarker.push(...strings(s.preferMarker, `${where}.supersedes.preferMarker`));
  const p = group("partOf");
  into.partOf.featureOf.push(...strings(p.featureOf, `${where}.partOf.featureOf`));
  into.partOf.consistsOf.push(...strings(p.consistsOf, `${where}.partOf.consistsOf`));
  into.partOf.classifies.push(...strings(p.classifies, `${where}.partOf.classifies`));
  into.partOf.madeOf.push(...strings(p.madeOf, `${where}.partOf.madeOf`));
  const choice = group("choiceMarkers");
  into.choiceMarkers.recommended.push(...strings(choice.recommended, `${where}.choiceMarkers.recommended`));
  into.choiceMarkers.amongBefore.push(...strings(choice.amongBefore, `${where}.choiceMarkers.amongBefore`));
  into.choiceMarkers.amongAfter.push(...strings(choice.amongAfter, `${where}.choiceMarkers.amongAfter`));
  const br = group("bracketRemarks");
  into.bracketRemarks.opening.push(...strings(br.opening, `${where}.bracketRemarks.opening`));
  into.bracketRemarks.closing.push(...strings(br.closing, `${where}.bracketRemarks.closing`));
  const t = group("threatMarkers");
  into.threatMarkers.after.push(...strings(t.after, `${where}.threatMarkers.after`));
  into.threatMarkers.before.push(...strings(t.before, `${where}.threatMarkers.before`));
  into.threatMarkers.guardsFrom.push(...strings(t.guardsFrom, `${where}.threatMarkers.guardsFrom`));
  into.threatMarkers.kinds.push(...strings(t.kinds, `${where}.threatMarkers.kinds`));
  const absent = group("absenceMarkers");
  into.absenceMarkers.afterNoun.push(...strings(absent.afterNoun, `${where}.absenceMarkers.afterNoun`));
  into.absenceMarkers.afterObject.push(...strings(absent.afterObject, `${where}.absenceMarkers.afterObject`));
  into.absenceMarkers.afterDoings.push(...strings(absent.afterDoings, `${where}.absenceMarkers.afterDoings`));
  into.absenceMarkers.regardless.push(...strings(absent.regardless, `${where}.absenceMarkers.regardless`));
  into.absenceMarkers.regardlessBefore.push(...strings(absent.regardlessBefore, `${where}.absenceMarkers.regardlessBefore`));
  const f = group("headingFacets");
  into.headingFacets.prefixes.push(...strings(f.prefixes, `${where}.headingFacets.prefixes`));
  into.headingFacets.suffixes.push(...strings(f.suffixes, `${where}.headingFacets.suffixes`));
  into.headingFacets.overview.push(...strings(f.overview, `${where}.headingFacets.overview`));
  const ins = group("instructionCues");
  into.instructionCues.endings.push(...strings(ins.endings, `${where}.instructionCues.endings`));
  into.instructionCues.openings.push(...strings(ins.openings, `${where}.instructionCues.openings`));
  into.instructionCues.controls.push(...strings(ins.controls, `${where}.instructionCues.controls`));
  const h = group("howToHeadings");
  into.howToHeadings.prefixes.push(...strings(h.prefixes, `${where}.howToHeadings.prefixes`));
  into.howToHeadings.suffixes.push(...strings(h.suffixes, `${where}.howToHeadings.suffixes`));
  const joined = group("joinedHeadings");
  into.joinedHeadings.prefixes.push(...strings(joined.prefixes, `${where}.joinedHeadings.prefixes`));
  into.joinedHeadings.suffixes.push(...strings(joined.suffixes, `${where}.joinedHeadings.suffixes`));
  into.joinedHeadings.nameSuffixes.push(...strings(joined.nameSuffixes, `${where}.joinedHeadings.nameSuffixes`));
  for (const key of ["alternative", "integrates", "negation", "negatingPrefixes", "personSuffixes", "sectionHeadings", "partsHeadings", "kindsHeadings", "useCaseHeadings", "sequenceLabels", "valueHeaders", "measureWords", "prepositions", "documentHeadings", "questionHeadings", "questionMarkers", "stopTerms", "genericWords", "everydayWords", "functionWords", "nonNameWords", "exampleCues", "exampleClosers", "conventionalFileNames", "citationLabels", "remarkLabels", "answerLabels", "falseLabels", "falseMarkers", "trueMarkers", "documentNames", "nonProductHeads", "standardHeads", "settingBounds", "placeSpans", "predicateAdjectives", "evaluationHeads", "analogyHeadings", "nounSuffixes"] as const) {
    into[key].push(...strings(v[key], `${where}.${key}`));
  }
}

/** Merges vocabulary files into one vocabulary; a malformed file is a VocabularyError naming it. */
export function mergeVocabulary(sources: VocabularySource[]): Vocabulary {
  const vocab: Vocabulary = {
    entities: [],
    domains: [],
    glossary: {},
    strongHeads: [],
    weakHeads: [],
    modifiers: [],
    determiners: [],
    cues: structuredClone(EMPTY_CUES),
    aspects: [],
  };
  const ids = new Map<string, string>();
  for (const { path, data } of sources) {
    if (!isRecord(data)) throw new VocabularyError(`${path}: expected a JSON object with a "type"`);
    switch (data.type) {
      case "entities": {
        if (!Array.isArray(data.entities)) throw new VocabularyError(`${path}: "entities" must be a list`);
        let domain: string | undefined;
        if (data.domain !== undefined) {
          const d = data.domain;
          if (!isRecord(d) || typeof d.name !== "string" || !d.name.trim()) throw new VocabularyError(`${path}: "domain" needs a "name" and "anchors"`);
          domain = d.name;
          vocab.domains.push({ name: d.name, anchors: strings(d.anchors, `${path}.domain.anchors`), distinctive: d.distinctive === undefined ? [] : strings(d.distinctive, `${path}.domain.distinctive`) });
        }
        data.entities.forEach((e, i) => {
          const entry = entity(e, `${path}: entities[${i}]`, domain);
          const seen = ids.get(entry.id);
          if (seen) throw new VocabularyError(`${path}: entities[${i}]: id "${entry.id}" is already used in ${seen}`);
          ids.set(entry.id, path);
          vocab.entities.push(entry);
        });
        break;
      }
      case "glossary": {
        if (!isRecord(data.terms)) throw new VocabularyError(`${path}: "terms" must map words to their English form`);
        for (const [ja, en] of Object.entries(data.terms)) {
          if (typeof en !== "string") throw new VocabularyError(`${path}: terms["${ja}"] must be a string`);
          vocab.glossary[ja.normalize("NFKC")] = en;
        }
        const heads = isRecord(data.heads) ? data.heads : {};
        vocab.strongHeads.push(...strings(heads.strong, `${path}.heads.strong`));
        vocab.weakHeads.push(...strings(heads.weak, `${path}.heads.weak`));
        vocab.modifiers.push(...strings(data.modifiers, `${path}.modifiers`));
        vocab.determiners.push(...strings(data.determiners, `${path}.determiners`));
        break;
      }
      case "cues":
        mergeCues(vocab.cues, data, path);
        break;
      case "aspects": {
        if (!Array.isArray(data.aspects)) throw new VocabularyError(`${path}: "aspects" must be a list`);
        data.aspects.forEach((a, i) => {
          const where = `${path}: aspects[${i}]`;
          if (!isRecord(a) || typeof a.id !== "string" || typeof a.en !== "string" || typeof a.ja !== "string") throw new VocabularyError(`${where}: needs "id", "en" and "ja"`);
          vocab.aspects.push({ id: a.id, en: a.en, ja: a.ja, words: strings(a.words, `${where}.words`) });
        });
        break;
      }
      default:
        throw new VocabularyError(`${path}: unknown "type" ${JSON.stringify(data.type)} (expected entities, glossary, cues or aspects)`);
    }
  }
  for (const e of vocab.entities) {
    if (e.parent && !ids.has(e.parent)) throw new VocabularyError(`entity "${e.id}": parent "${e.parent}" is not defined`);
    for (const s of e.supersedes) if (!ids.has(s)) throw new VocabularyError(`entity "${e.id}": supersedes "${s}", which is not defined`);
  }
  return vocab;
}
