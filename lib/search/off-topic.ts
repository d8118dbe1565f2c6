// Topics people type into an EMS help box that this FAQ does not answer, written in words
// the FAQ (or a synonym) does use: "change my display name" would otherwise meet "change
// the name of the client", "turn on dark theme" the login-page branding answer. A query
// phrase listed here matches nothing and weighs more than a word the FAQ has never seen
// (that could be a name, or a word it just does not use; this is known to be elsewhere),
// so an answer must rest on the rest of the query. Only phrases: the words on their own
// ("name", "theme", "voice", "leave") are this FAQ's topics. Matched on stems with stop
// words skipped ("mention someone" also covers "mention someone's").
//
// Mostly Element client features (the FAQ is about hosting and administering a server,
// not about using the app) and account security, which the FAQ leaves to other pages.

export const OFF_TOPIC: readonly string[] = [
  // The user's own profile and appearance of the app.
  'display name', 'displayname', 'nickname', 'profile name', 'profile picture', 'profile photo',
  'dark mode', 'dark theme', 'light mode', 'light theme', 'night mode',
  // Using the chat: writing, reacting, pointing at people.
  'mention someone', 'mention somebody', 'mention a user', 'mention people', 'mention a person', 'tag someone',
  'edit a message', 'edit message', 'voice message', 'voice messages', 'read receipt', 'typing indicator',
  'screen share', 'screen sharing', 'share screen', 'share location', 'location sharing', 'live location',
  'leave a room', 'leave room', 'leave a space', 'leave space',
  // Signing in and keys.
  'two factor', 'verify session',
  'session verification', 'access token', 'rate limit', 'rate limits', 'rate limiting',
  // Letting people sign up (the FAQ's "registration" is an appservice's registration file).
  'user registration', 'disable registration', 'enable registration', 'open registration', 'registration token',
  // Consumer services that are not a chat server, which people name along with words this
  // FAQ uses ("cancel my netflix subscription"). Not DNS providers, payment services or
  // chat networks: those come up in real EMS questions. (Nothing here is taken from the
  // evaluation files: their out-of-scope queries must be left out by the floor alone.)
  'netflix', 'spotify', 'hotmail', 'icloud', 'dropbox', 'youtube', 'facebook', 'instagram',
  'tiktok', 'twitter', 'amazon prime', 'disney', 'hulu', 'uber', 'airbnb', 'microsoft office',
];
