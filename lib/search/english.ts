// Everyday English: words that appear in questions about anything ("what's the point",
// "give people", "no longer", "biggest", "left the company") and so say little about
// *which* answer is wanted. The engine still matches them, but a query's coverage does
// not hinge on them. A word the FAQ has never seen and that is not listed here
// ("photoshop", "saml", "netflix") weighs fully, which is what keeps off-topic queries out.
//
// Deliberately without the words this FAQ is about (room, space, user, host, server,
// domain, name, call, bridge, delete, change, free, paid, limit, size, file, default,
// link, join, message, account, login, page, data, storage, setup, public, private, list,
// buy, ask (support), talk (to other servers), …).
// Nor topics a question could be about ("food", "language", "game"): only the framing
// words of a question. Base forms suffice: the engine compares stems ("gives", "giving").

export const EVERYDAY_WORDS = `
  achieve act affect agree appear apply arrive assume avoid become begin believe belong
  break bring care carry catch cause choose come consider continue cover cut deal decide
  depend describe draw enjoy exist expect experience fall feel fight figure fill
  find finish fit follow forget get give go grow guess handle hang happen hate head hear hit
  hold hope hurt imagine improve increase intend involve keep know last lead learn
  let lie like listen look lose love make mean miss need note open order pass pick place play
  point prefer prepare present press pretend produce promise prove pull put raise reach read
  realize receive recognize remember report rest return rise say see seem sell settle
  shake shut sit sound speak spend stand stay stick stop study
  succeed suffer suggest suppose surprise take teach tell tend thank think throw touch
   treat trust turn understand visit wait walk want watch win wish wonder worry
  write work bother struggle seek show admit afford aim appreciate argue arrange attend bear
  beat blame borrow calculate cheer collect combine complain concern confirm confuse contain
  convince cope decline decrease deliver deny deserve desire determine develop disagree
  disappear discuss divide earn encourage ensure escape establish estimate evaluate examine
  excuse expand express extend fix gain gather grab guarantee hesitate hire identify ignore
  imply indicate insist introduce joke judge mark match measure obtain occur
  operate owe pause perform permit persuade predict proceed propose protect provide realise
  recall reduce refer reflect refuse regard regret relate relax rely remain remind repair
  repeat resist respond reveal review risk ruin rush satisfy solve spare spread suit survive
  suspect tolerate transform compare compared comparison versus vs accidental accident mistake
  mistakenly complaint complaints quiet quieter loud louder different another other entire
  whole ourselves themselves somewhere anywhere maybe unused yes sorry dear ago since during
  throughout soon asap immediately urgent urgently quick quickly slowly plus minus instead
  despite unless whether although whereas whenever wherever whoever whichever whatever hence hi hey regards cheers thanks corporate professional hundred
  hundreds thousand thousands dozen dozens million millions able actual afraid alive alone
  amazing annoying awful awesome bad basic beautiful best better big bright broken busy careful
  certain clean clear cold common complete complex cool correct crazy current dangerous
  dead deep difficult dirty early easy empty enough equal exact excellent extra false familiar
  famous far fine firm following former fresh friendly full funny glad good great happy hard
  heavy helpful huge important impossible interesting kind large late least left less light
  likely little long low lucky main major many massive minor modern natural near necessary neat
  nice normal obvious odd okay old ordinary original overall particular perfect personal plain
  pleasant poor popular possible powerful pretty previous primary probable proper
  random rare ready real reasonable recent regular relevant responsible rich rough sad
  safe scared separate serious sharp short sick significant silly similar simple single slight
  small smart soft solid special specific stable straight strange strict strong stupid
  successful sudden suitable super sure sweet terrible thick thin tiny tired tough true typical
  ugly unable unusual upset useful useless usual valid various vast wide wild willing wise
  wonderful worse worst wrong young whatever ability action activity age amount answer area
  aspect attempt attention bit chance choice comment company community condition context couple
  course decision doubt dream effect effort fact fear feeling future goal guy half hour
  idea impact importance interest issue item job knowledge lack line lot manner matter meaning
  minute moment opinion part past people period person piece position practice pressure problem
  process product purpose quality question range rate reason relationship response result rule
  sense shape side situation solution someone something sort source step stuff success task
  term thing thought time today tomorrow yesterday tonight trouble truth way week weekend word
  year organisation organization business everyone everybody anyone somebody nobody nothing
  everything anything folks absolutely actually almost already also always anyway around back
  badly basically certainly clearly completely constantly currently definitely easily else
  elsewhere entirely especially even eventually ever everywhere exactly extremely fairly
  finally forever fully generally hardly here highly honestly hopefully however indeed just
  lately later literally mainly merely mostly nearly necessarily never nevertheless normally
  nowhere obviously often once only originally otherwise particularly perhaps personally
  possibly previously probably properly quite rarely rather really recently regularly seriously
  simply slightly somehow sometimes specifically still strongly suddenly surely therefore
  though thus together totally truly typically ultimately unfortunately usually very yet longer
  anymore again fail error weird one
  monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
  january february march april may june july august september october november december
`
  .split(/\s+/)
  .filter((w) => /^[a-z]+$/.test(w));

// Where something is in an interface, not what it is: in "billing page" or "user info tab"
// the word before says which answer is wanted. They weigh as everyday words, so a page
// the FAQ happens to name in a question ("login page") does not outrank the topic.
// ("dark" is not everyday English here either: "dark mode" is a topic of its own.)
export const PLACE_WORDS = `page screen tab button menu`.split(/\s+/).filter(Boolean);

/**
 * "right" before a word of time or place ("right now", "right away", "right after") only
 * says how soon or how near; read alone it is a permission ("the right to invite").
 */
const RIGHT_AS_INTENSIFIER_BEFORE = new Set(`now away after before then here there off back next below above`.split(' '));

/** The positions in `norms` where "right" only stresses the word after it: they are not terms. */
export function rightAsIntensifier(norms: readonly string[]): Set<number> {
  const positions = new Set<number>();
  norms.forEach((norm, k) => {
    if (norm === 'right' && RIGHT_AS_INTENSIFIER_BEFORE.has(norms[k + 1] ?? '')) positions.add(k);
  });
  return positions;
}

/**
 * "called" or "named" after a thing ("a tool called Foo", "a room named Lobby") gives a
 * name; it is no phone or video call. After someone who calls ("we called support", "she
 * has called"), it is the verb.
 */
const CALLER_BEFORE = new Set(`i we you he she they who someone somebody just already have has had`.split(' '));

/** The positions in `norms` where "called" or "named" only introduces a name: they are not terms. */
export function namingCalled(norms: readonly string[]): Set<number> {
  const positions = new Set<number>();
  norms.forEach((norm, k) => {
    if ((norm === 'called' || norm === 'named') && k > 0 && !CALLER_BEFORE.has(norms[k - 1] ?? '')) positions.add(k);
  });
  return positions;
}

/** Who may leave an organisation (one person or several). */
const SOMEONE = new Set(
  `she he colleague colleagues coworker coworkers employee employees intern interns member members
   staff staffer contractor contractors volunteer volunteers teammate someone somebody student`.split(/\s+/),
);
const DEPARTING = new Set(['left', 'quit', 'resigned', 'departed']);
/** Words that may stand between someone and their leaving ("has just left", "who recently quit"). */
const BETWEEN_SOMEONE_AND_LEAVING = new Set(`has have had just recently finally who already`.split(' '));
const DETERMINERS = new Set(`the a an our my this that their his her its`.split(' '));
/** What one leaves that is no organisation, and where "left" is a side. */
const LEFT_PLACES = new Set(
  `room rooms space spaces chat chats channel channels group groups call meeting conversation dm community thread
   side sidebar panel menu hand column bar corner over`.split(/\s+/),
);

/**
 * The positions in `norms` where someone's leaving is said: "left", "quit", "resigned" or
 * "departed" just after someone ("an employee left in May", "one of our members has
 * left", "she quit"). That person is gone from the organisation, and what an admin then does
 * is deactivate their account. Read alone, "left" is a side ("the left panel") or what
 * remains ("two seats are left": "are" may not stand between), and "leave" is leaving a room.
 * Not when a room, a space or a chat is what was left ("a member left the room").
 */
export function someoneLeft(norms: readonly string[]): Set<number> {
  const positions = new Set<number>();
  norms.forEach((norm, k) => {
    if (!DEPARTING.has(norm)) return;
    let before = k - 1;
    while (before >= 0 && k - before <= 3 && BETWEEN_SOMEONE_AND_LEAVING.has(norms[before] ?? '')) before--;
    if (!SOMEONE.has(norms[before] ?? '')) return;
    let after = k + 1;
    if (DETERMINERS.has(norms[after] ?? '')) after++;
    if (!LEFT_PLACES.has(norms[after] ?? '')) positions.add(k);
  });
  return positions;
}

/** What runs a chat service and can stop running: a server, its host, an instance. */
const SERVERS = new Set(`server servers homeserver homeservers host instance`.split(' '));
/** Words that may stand between a server and its stopping ("that has been shut down", "which was finally closed down"). */
const BETWEEN_SERVER_AND_STOPPING = new Set(`that which was were has have had been got is just finally since already permanently`.split(' '));
/**
 * A stopping for good said in two words: the first word, and the second it needs. Not "went
 * down" or "went offline", which is as often this morning's outage as a server gone for good.
 */
const STOPPED = new Map([
  ['shut', 'down'],
  ['closed', 'down'],
]);

/**
 * The positions in `norms` where a server is said to have stopped for good: "shut down" or
 * "closed down" just after a server ("a server that shut down", "whose homeserver was closed
 * down"). The server is then dead, the corpus's word for it; read alone,
 * "shut down" is what someone does to their own subscription ("shut down our server"), which
 * is cancelling it. The first of the two words is the position; the second follows it.
 */
export function serverStopped(norms: readonly string[]): Set<number> {
  const positions = new Set<number>();
  norms.forEach((norm, k) => {
    if (!STOPPED.has(norm) || STOPPED.get(norm) !== norms[k + 1]) return;
    let before = k - 1;
    while (before >= 0 && k - before <= 4 && BETWEEN_SERVER_AND_STOPPING.has(norms[before] ?? '')) before--;
    if (SERVERS.has(norms[before] ?? '')) positions.add(k);
  });
  return positions;
}

/** Words of a query that say another word, the one the corpus uses: read as it, weighed so. */
export interface Reading {
  /** The corpus's word. */
  word: string;
  /** How many of the query's words it stands for, from its position on. */
  length: number;
  /** Whether it weighs as an everyday word. */
  weak: boolean;
}

/**
 * The readings of an English query's `norms`, by position: someone who "left" or "quit" is
 * gone from the organisation, an account to "deactivate" (someoneLeft); a server that "shut
 * down" is "dead" (serverStopped), which weighs as an everyday word: whether the query means
 * an old community's server or this morning's outage, which the corpus does not answer, its
 * other words say.
 */
export function readings(norms: readonly string[]): Map<number, Reading> {
  const found = new Map<number, Reading>();
  for (const k of someoneLeft(norms)) found.set(k, { word: 'deactivate', length: 1, weak: false });
  for (const k of serverStopped(norms)) found.set(k, { word: 'dead', length: 2, weak: true });
  return found;
}
