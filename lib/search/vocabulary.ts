// Curated search vocabulary: for each FAQ entry, the words and phrases an EMS admin would
// type when they need it but which the question and answer do not (or barely) use. The
// engine indexes these as a field between the question and its section in weight.
// Written from what each answer is about and from the EMS control panel's own labels,
// not from any evaluation set. Ids that are not in the corpus are ignored, so an entry
// renamed upstream just loses its extra words (a unit test reports such ids).

export const VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  // --- Element General. Spaces are rooms; users think of "deleting", "sharing" and
  // "calling" in Element's own words, and of room pictures as avatars.
  'can-spaces-be-deleted': [
    'delete space', 'remove space', 'space deletion', 'close space', 'delete room api',
    'purge space', 'archive space', 'clean up spaces', 'unused space', 'delete a space',
  ],
  'how-do-i-link-to-my-space-outside-of-my-element-web': [
    'matrix.to', 'space link', 'invite link', 'share space', 'share room', 'permalink',
    'room address', 'room alias', 'public link', 'link to room', 'join link', 'embed link',
    'web link to space', 'join a space', 'invite to space', 'space url',
  ],
  'what-is-the-permissions-required-to-start-a-video-call': [
    'video call', 'voice call', 'group call', 'conference call', 'start call', 'call permission',
    'modify widgets', 'power level', 'who can call', 'meeting', 'jitsi widget', 'cannot start call',
    'who can start a call', 'call button missing', 'start video conference', 'widget permissions',
  ],
  'what-is-the-preferred-resolution-for-room-and-space-icons': [
    'room avatar', 'space avatar', 'icon size', 'image size', 'picture dimensions', 'pixels',
    'thumbnail', 'room picture', 'upload avatar', 'pixelated', 'low quality', 'recommended size',
    'avatar size', 'image resolution', 'icon resolution', 'room image', 'space image',
  ],

  // --- Matrix General. Several accounts side by side, and what an identity server is for
  // (3PIDs: finding people by e-mail address or phone number).
  'can-i-sign-in-to-multiple-matrix-accounts-in-element-desktop': [
    'multiple accounts', 'two accounts', 'switch accounts', 'second account', 'several logins',
    'multi account', 'profiles', 'simultaneous login', 'work and personal account',
    'account switcher', 'log in twice', 'second login', 'two matrix accounts', 'multiple profiles',
  ],
  'what-is-an-identity-server-and-how-does-it-work': [
    'identity server', 'vector.im', '3pid', 'third party identifier', 'email lookup',
    'phone number lookup', 'find contacts by email', 'invite by email', 'contact discovery',
    'is privacy notice', 'matrix.org identity server', 'discover users by email',
    'identity service', 'phone number',
  ],

  // --- Account management. Closing an EMS account or host, and stopping the bill.
  'please-discontinue-my-account': [
    'close account', 'delete account', 'delete host', 'terminate account', 'unsubscribe',
    'stop subscription', 'end subscription', 'account deletion', 'remove account', 'leave ems',
    'stop billing', 'cancel plan', 'end service', 'close ems account', 'delete everything',
    'remove host', 'cancel hosting',
  ],

  // --- Integrations: bots, bridges (Telegram, Slack, IRC), GitHub, RSS, Jitsi. Admins name
  // the network or the service, and ask about limits and prices of bridges.
  'bots-whats-the-reason-for-using-them': [
    'bots', 'chatbot', 'what are bots for', 'bot use cases', 'automation', 'bot list',
    'matrix bots', 'why use bots', 'bot examples', 'what can bots do', 'automate tasks',
  ],
  'can-i-host-my-own-telegram-bridge': [
    'telegram', 'own bridge', 'self hosted bridge', 'run my own bridge', 'bring your own bridge',
    't2bot', 'telegram bridge', 'external bridge', 'third party bridge', 'custom telegram bridge',
    'bridge hosting', 'self hosted telegram',
  ],
  'does-dms-count-towards-the-20-channel-limit-for-the-paid-slack-bridge': [
    'slack direct messages', 'slack dm', 'channel limit', '20 channels', 'slack pricing',
    'bridge pricing', 'slack channels count', 'usage based pricing', 'slack direct message',
    'slack channel count', 'slack bridge limit', 'dm count',
  ],
  'how-do-i-add-a-github-integration': [
    'github', 'github notifications', 'github issues', 'pull requests', 'repository', 'git',
    'github widget', 'connect github', 'commits', 'github bot', 'github events',
    'code notifications',
  ],
  'how-do-i-add-rss-integration-to-my-matrix-server': [
    'rss', 'feed', 'atom feed', 'news feed', 'rss bot', 'blog feed', 'subscribe to feed',
    'feed reader', 'rss integration', 'feed updates', 'website updates',
  ],
  'how-do-i-bridge-to-libera-chat-irc-rooms-with-more-than-100-users': [
    'irc', 'libera', 'libera.chat', 'irc channel', 'large irc channel', 'irc bridge', 'oftc',
    'freenode', 'irc network', 'large irc room', 'big irc channel', 'irc user limit',
  ],
  'what-is-the-difference-between-the-free-and-paid-slack-bridge': [
    'slack', 'free slack bridge', 'paid slack bridge', 'slack puppeting', 'compare slack bridges',
    'slack bridge plans', 'slack integration', 'paid slack features', 'slack bridge difference',
    'bridge direct messages',
  ],
  'with-jitsi-video-conferencing-how-is-the-data-being-transferred': [
    'jitsi', 'jitsi privacy', 'video data', 'jitsi server', 'conference data', 'call data',
    'video traffic', 'media routing', 'jitsi meet', 'video privacy', 'call privacy', 'call routing',
    'where does call data go',
  ],

  // --- Miscellaneous: where data lives, upload and storage limits, server notices, why EMS,
  // system rooms.
  'are-all-my-messages-stored-on-my-homeserver': [
    'message storage', 'data location', 'data residency', 'message history', 'where is my data',
    'copies on other servers', 'data retention', 'federated messages', 'messages on other servers',
    'message copies', 'who stores messages', 'chat history storage',
  ],
  'is-there-a-maximum-file-size-per-upload': [
    'upload limit', 'file size limit', 'attachment limit', 'large file', '100mb', 'media upload',
    'max file size', 'upload fails', 'upload size', 'video upload limit', 'file too large',
    'media size limit',
  ],
  'how-do-i-send-system-alerts-or-post-from-the-server-user': [
    'server notice', 'system alert', 'announcement', 'notify all users', 'admin message',
    'status message', 'message of the day', 'server user', 'post as server', 'message all users',
    'maintenance announcement', 'server wide message', 'system status message',
    'admin announcement',
  ],
  'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver': [
    'why ems', 'benefits', 'advantages', 'managed hosting', 'managed synapse',
    'ems vs self hosting', 'maintenance', 'security updates', 'value', 'hosted vs self hosted',
    'why pay for ems', 'managed service', 'worth it', 'cost of self hosting',
  ],
  'what-are-the-limitations-in-terms-of-storage': [
    'storage limit', 'fair use', 'fair use policy', 'how much storage', 'media storage',
    'image storage', 'storage usage', 'run out of storage', 'image uploads', 'heavy usage',
    'storage quota', 'disk usage', 'how much can we store',
  ],
  'what-is-a-system-room': [
    'system room', 'cannot delete room', 'room cannot be deleted', 'protected room', 'special room',
    'undeletable room', 'delete system room', 'admin room', 'ems room', 'cannot remove room',
    'system room message',
  ],

  // --- Pricing & payments: payment methods, card details, who counts as a billed user.
  'do-you-offer-other-payment-options-like-ibansepa': [
    'iban', 'sepa', 'bank transfer', 'wire transfer', 'pay by invoice', 'paypal', 'direct debit',
    'payment methods', 'debit card', 'credit card', 'payment options', 'alternative payment',
    'pay without card', 'bank payment',
  ],
  'how-do-i-update-my-payment-info': [
    'change credit card', 'update card', 'billing details', 'payment method', 'expired card',
    'billing address', 'update billing', 'new card', 'change payment card', 'update payment method',
    'billing information', 'card details',
  ],
  'if-i-join-a-room-with-a-lot-of-external-users-from-my-homeserver-will-i-be-charged-for-those': [
    'external users', 'federated users', 'remote users', 'guests', 'mau', 'monthly active users',
    'who is charged', 'user count', 'pricing per user', 'billable users',
    'users from other servers', 'active users billing', 'counted users',
  ],
  'could-you-expand-on-over-federation': [
    'federation', 'federated', 'other servers', 'other homeservers', 'talk to matrix.org users',
    'mau', 'federation billing', 'federation explained', 'communicate with other servers',
    'federated rooms',
  ],

  // --- Server configuration: appservices, domains and DNS (custom domain, subdomain, root,
  // .well-known, CloudFlare, propagation), default rooms and spaces, branding, users.
  'are-custom-appservices-supported': [
    'appservice', 'application service', 'custom bridge', 'registration file', 'yaml',
    'as registration', 'own bridge', 'third party bridge', 'custom appservice',
    'upload registration', 'bridge registration',
  ],
  'are-you-able-to-use-a-custom-domain-like-matrixexamplecom': [
    'custom domain', 'own domain', 'vanity domain', 'domain name', 'homeserver name', 'server name',
    'user id domain', 'branded domain', 'setup wizard', 'use my own domain', 'company domain',
    'matrix ids on my domain',
  ],
  'can-i-add-all-my-users-to-a-space-by-default': [
    'default space', 'autojoin', 'auto join rooms', 'join space automatically',
    'add everyone to space', 'onboarding', 'new users space', 'company space',
    'add users to space automatically', 'company wide space', 'all users space',
  ],
  'can-i-change-the-default-room-notification-level-for-my-users': [
    'notification settings', 'default notifications', 'push rules', 'mute rooms', 'mentions',
    'mentions and keywords', 'notification defaults', 'all messages', 'too many notifications',
    'default notification level', 'mute by default', 'notification preferences',
  ],
  'can-i-customize-the-element-web-login-page': [
    'login page', 'branding', 'custom branding', 'theme', 'logo', 'look and feel',
    'background image', 'colours', 'welcome page', 'custom css', 'sign in page', 'login screen',
    'custom logo', 'brand login page',
  ],
  'can-i-use-a-subdomain-instead-of-the-root-domain-with-my-ems-server': [
    'subdomain', 'matrix subdomain', 'server name', 'user id format', 'choosing server name',
    'recommended domain', 'matrix.example.com', 'chat subdomain', 'subdomain server name',
    'subdomain recommended', 'root vs subdomain',
  ],
  'can-i-use-ems-hosted-well-knowns-with-the-root-of-my-domain': [
    'root domain', 'apex domain', 'naked domain', 'bare domain', 'cname flattening', 'alias record',
    'a record', 'cname at root', 'ems hosted well-known', 'dns spec', 'cname on root',
    'dns provider root', 'no website on domain',
  ],
  'cname-and-well-known': [
    'well-known', '.well-known/matrix/server', '.well-known/matrix/client', 'cors', 'delegation',
    'dns setup', 'cname record', 'm.homeserver', 'base_url', 'json files', 'server delegation',
    'well-known client', 'well-known server', 'delegation files', 'access control allow origin',
  ],
  'cname-doesnt-work-with-cloudflare': [
    'cloudflare', 'proxy', 'orange cloud', 'dns only', 'proxied', 'cdn', 'proxy status',
    'cloudflare proxy', 'cloudflare cname', 'grey cloud', 'proxy off',
  ],
  'dns-not-resolving': [
    'dns propagation', 'dns not working', 'domain not found', 'dns delay', 'dns cache', 'ttl',
    'nxdomain', 'record not found', 'dns error', 'dns check failing', 'dns not updating',
    'record not resolving', 'dns takes time', 'wait for dns',
  ],
  'how-can-i-manage-my-general-room': [
    '#general', 'general room', 'default room', 'room admin', 'make me admin', 'power level',
    'default rooms', 'synapse admin api', 'moderate general', 'general room permissions',
    'default rooms list', 'gain admin',
  ],
  'how-do-i-change-the-namebrand-of-the-element-web-client': [
    'client name', 'rename element', 'brand name', 'app name', 'rebrand', 'company chat',
    'custom name', 'product name', 'rename client', 'change app name', 'custom client name',
  ],
  'how-do-i-change-the-servers-custom-domain': [
    'change domain', 'change server name', 'move to new domain', 'rename server', 'domain change',
    'deprovision', 'new domain', 'change homeserver name', 'switch domain', 'different domain',
  ],
  'how-do-i-delete-users-when-administering-the-server': [
    'deactivate user', 'remove user', 'delete user', 'ban user', 'user info', 'server admin',
    'offboarding', 'disable user', 'leaver', 'deactivate account', 'remove users',
    'deactivate users', 'user admin',
  ],
  'how-do-i-enable-the-public-room-directory': [
    'room directory', 'public rooms', 'explore rooms', 'discover rooms', 'guest access',
    'room list', 'publish room', 'directory', 'public room list', 'list rooms publicly',
    'explore public rooms',
  ],
  'how-do-i-migrate-from-ems-to-self-hosted-if-i-choose-to-do-so-in-the-future': [
    'migrate', 'self-hosted', 'export', 'leave ems', 'database dump', 'snapshot', 'move away',
    'own server', 'data export', 'database snapshot', 'vendor lock-in', 'move to self hosted',
    'migrate away', 'synapse database export',
  ],
  'i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild': [
    'server name taken', 'hostname taken', 'reuse hostname', 'recreate host', 'rebuild host',
    'name unavailable', 'name already in use', 'release hostname', 'deleted host',
    'reuse server name', 'name in use', 'cannot recreate host',
  ],
  'online-users-are-displayed-as-offline': [
    'presence', 'online status', 'offline', 'last seen', 'status indicator', 'green dot',
    'away status', 'user status', 'online indicator', 'presence disabled', 'users appear offline',
    'who is online',
  ],
  'what-does-include-bridged-accounts-on-the-user-management-page-mean': [
    'include bridged accounts', 'bridged users', 'puppet users', 'ghost users', 'appservice users',
    'user list', 'user management', 'extra users', 'bridge users', 'user info',
    'bridged accounts checkbox', 'users from bridges', 'telegram users', 'slack users',
  ],
};
