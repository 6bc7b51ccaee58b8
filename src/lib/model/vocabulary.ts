/**
 * What a word is to the model: function words and abstracts' boilerplate that say nothing
 * about a topic, the function words that tell how a content word is used (as a verb, an
 * adjective, beside a link), English word endings, light stemming, and the form to show a
 * reader.
 */

/** Function words and the boilerplate of abstracts: they say nothing about a topic. */
const STOPWORDS = new Set(
  (
    "a about above across after again against all almost along also although always am among an and another any are " +
    "around as at be because been before being below between both but by can cannot could did do does doing done down " +
    "due during each either else enough especially etc even ever every few for from further furthermore given had has " +
    "have having here hence how however i if in into is it its itself just large less like made make makes making many " +
    "may me might more moreover most much must my namely near nearly neither no nor not now of off often on once one " +
    "only onto or other others otherwise our ours out over own per perhaps rather same several shall she should show " +
    "shows shown showing significantly since so some such than that the their them themselves then there thereby " +
    "therefore these they this those though through thus to together too toward towards under unlike until up upon " +
    "us use used uses using very via was we well were what whether when where which while who whom whose why will with " +
    "within without would yet you your " +
    // Academic boilerplate: frequent in every field's abstracts.
    "abstract achieve achieves achieved addition additionally approach approaches available based best better " +
    "demonstrate demonstrates demonstrated effective effectively existing experiment experiments experimental " +
    "first find finds found furthermore high higher importantly improve improved improves improving including " +
    "introduce introduces introduced key known lead leads main method methods new novel number paper particular " +
    "present presents previous prior problem problems propose proposed proposes provide provides recent recently " +
    "respectively result results second significant simple state-of-the-art study studies superior task tasks " +
    "three two various way ways work works across-the-board art state sota outperform outperforms extensive " +
    // A quantifier, as function-like as "few" and "more".
    "fewer"
  ).split(" "),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/*
 * The cue words below are compared with stems (see `stem`): "becomes" is "become", "https" is "http".
 */

/**
 * Function words that announce a verb: "to enable", "we call", "can cause". A content word
 * the collection often writes after one of these is used as a verb, and no term starts with it.
 */
export const BEFORE_VERB = new Set("to can could may might will would should must cannot we they".split(" "));

/** Function words that open a verb's object: "enable the", "call it". Nouns are rarely followed by them. */
export const BEFORE_OBJECT = new Set("the a an this these those its their our it them us".split(" "));

/**
 * Function words before a gradable adjective: "is sparse", "more efficient", "highly scalable".
 * A noun rarely follows one without an article between.
 */
export const BEFORE_ADJECTIVE = new Set("is are be been being was were become remain more most less least very highly too so increasingly fairly quite relatively".split(" "));

/** Nouns that say a name is something to evaluate on: "the OSWorld benchmark", "the LibriTTS dataset". */
export const EVALUATION_NOUNS = new Set("benchmark dataset suite leaderboard testbed corpus arena".split(" "));

/** Words of a link, or of the sentence that gives one: "https://…", "www.…", "on GitHub", "is available at". */
export const LINK_WORDS = new Set(["http", "www", "github", "available"]);

/**
 * Endings of English adjectives ("neural", "linear", "synthetic", "generative", "scalable"),
 * adverbs ("finally") and participles ("connecting", "trained"). Only a hint: "signal",
 * "retrieval" and "training" are nouns, so the word's use in the collection decides first.
 */
export const ADJECTIVE_ENDING = /(?:al|ar|ic|ive|ous|able|ible|ful|less)$/u;
export const ADVERB_ENDING = /\p{L}{3}ly$/u;
export const PARTICIPLE_ENDING = /(?:ing|ed)$/u;

/** Light plural stemming: enough to join "networks" and "network" without mangling words. */
export function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = stemWord(word);
    // Bounded: a language has far fewer distinct words than this.
    if (STEMS.size < 200_000) STEMS.set(word, stemmed);
  }
  return stemmed;
}

/** Words seen before: a collection repeats its vocabulary in every abstract. */
const STEMS = new Map<string, string>();

function stemWord(word: string): string {
  if (word.length <= 3 || /[0-9]/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is|ys|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower case unless a letter after the first is a capital (KAN, MLP-Mixer, FastSpeech). */
export function surfaceOf(raw: string): string {
  for (let i = 1; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 65 && code <= 90) return raw;
    if (code > 127 && raw[i] !== raw[i]!.toLowerCase()) return raw;
  }
  return raw.toLowerCase();
}
