// Query-side synonyms: general vocabulary a user may type for what the FAQ says in other
// words. One direction only (what the user types → words the answers use): a query word
// keeps its own meaning and may also match these. Entry-specific phrasing belongs in
// vocabulary.ts, not here. Each rule is a group `[what users type, what the FAQ says]`;
// multi-word items ("get rid of") are matched as a phrase, before stop words are dropped.

export type SynonymRule = readonly [from: readonly string[], to: readonly string[]];

export const SYNONYMS: readonly SynonymRule[] = [
  // Removing things: the FAQ says "delete" (spaces, hosts, accounts) and "deactivate" (users).
  [
    ['remove', 'erase', 'destroy', 'purge', 'wipe', 'get rid of', 'throw away', 'take down', 'trash', 'drop'],
    ['delete', 'remove'],
  ],
  [['delete', 'deletion'], ['remove', 'deactivate', 'deprovision']],
  [['disable', 'suspend', 'ban', 'kick', 'lock', 'block', 'offboard'], ['deactivate', 'delete']],
  // Ending a contract.
  [
    [
      'cancel', 'terminate', 'close', 'discontinue', 'unsubscribe', 'quit', 'stop paying', 'cancellation', 'shut down',
      'close down', 'cease', 'stop service',
    ],
    ['cancel', 'discontinue', 'delete', 'subscription'],
  ],
  [['subscription', 'plan', 'tier', 'contract', 'package'], ['subscription', 'plan']],
  // Money: the FAQ speaks of being "charged", "payment", "pricing", "billing".
  [
    [
      'bill', 'billed', 'charge', 'fee', 'fees', 'cost', 'costs', 'price', 'prices', 'pay', 'expensive', 'cheap', 'money',
    ],
    ['charged', 'pay', 'payment', 'pricing', 'billing'],
  ],
  [['invoice', 'invoices', 'receipt', 'billing'], ['billing', 'payment', 'invoice']],
  [['card', 'creditcard', 'visa', 'mastercard', 'amex'], ['card', 'credit', 'payment']],
  [
    ['bank transfer', 'wire transfer', 'wire', 'direct debit', 'paypal', 'banking', 'bank'],
    ['bank', 'iban', 'sepa', 'payment'],
  ],
  // Software words: the FAQ says "client" for what users call the app.
  [['app', 'apps', 'application', 'program', 'software'], ['client', 'element']],
  [['webapp', 'web app', 'browser', 'website version'], ['web', 'element web', 'client']],
  [['desktop app', 'electron', 'windows app', 'mac app'], ['desktop', 'element desktop']],
  // Signing in.
  [
    ['login', 'log in', 'logon', 'log on', 'signin', 'sign in', 'logins', 'logged in', 'session', 'sessions'],
    ['login', 'sign in', 'signed'],
  ],
  [['screen', 'page', 'form', 'portal', 'splash'], ['page']],
  // Messages and where they live.
  [
    [
      'chat', 'chats', 'conversation', 'conversations', 'history', 'message', 'messages', 'events', 'logs',
      'chat logs', 'transcript',
    ],
    ['messages', 'conversations'],
  ],
  [
    [
      'kept', 'keep', 'saved', 'save', 'store', 'held', 'retained', 'retention', 'residency', 'hosted where', 'live',
      'located',
    ],
    ['stored', 'storage'],
  ],
  // Pictures.
  [
    [
      'avatar', 'avatars', 'picture', 'pictures', 'image', 'images', 'photo', 'photos', 'logo', 'thumbnail', 'pic',
      'pics', 'img',
    ],
    ['icon', 'icons', 'image'],
  ],
  [
    [
      'size', 'big', 'bigger', 'large', 'larger', 'huge', 'resolution', 'dimension', 'dimensions', 'pixel', 'pixels',
      'px', 'blurry', 'pixelated', 'sharp', 'crisp',
    ],
    ['size', 'resolution', 'high'],
  ],
  // Branding.
  [
    [
      'rename', 'rebrand', 'branding', 'brand', 'whitelabel', 'white label', 'white labelling', 'white labeling',
      'skin',
    ],
    ['name', 'brand', 'branding', 'customize', 'custom'],
  ],
  [
    [
      'customise', 'customize', 'personalise', 'personalize', 'theme', 'theming', 'style', 'appearance', 'look',
      'colours', 'colors',
    ],
    ['customize', 'customization', 'look and feel', 'branding'],
  ],
  // People.
  [
    [
      'people', 'person', 'staff', 'employee', 'employees', 'member', 'members', 'colleague', 'colleagues', 'team',
      'everyone', 'everybody', 'folks', 'seats', 'seat',
    ],
    ['users', 'members'],
  ],
  [['guest', 'guests', 'visitor', 'visitors', 'anonymous'], ['guest']],
  [
    [
      'external', 'remote', 'foreign', 'outside', 'federated', 'other servers', 'other homeservers',
      'another server', 'another homeserver', 'different server', 'different homeserver',
    ],
    ['external', 'federation', 'other servers'],
  ],
  [['mau', 'monthly active', 'active users', 'active user'], ['monthly active user', 'mau', 'active']],
  // Limits.
  [
    [
      'quota', 'cap', 'capped', 'limit', 'limits', 'allowance', 'restriction', 'restrictions', 'max', 'maximum',
      'ceiling', 'threshold', 'biggest', 'largest',
    ],
    ['limit', 'limitations', 'maximum'],
  ],
  [['disk', 'disk space', 'diskspace', 'storage space', 'gigabytes', 'gb', 'terabyte'], ['storage']],
  [['mb', 'megabytes', 'megabyte', 'bytes'], ['mb', 'size']],
  [
    ['file', 'files', 'attachment', 'attachments', 'document', 'documents', 'video file', 'videos', 'pdf'],
    ['file', 'upload'],
  ],
  [['upload', 'uploads', 'uploading', 'send file', 'share file'], ['upload', 'file']],
  // Announcements and notifications.
  [
    [
      'broadcast', 'mass', 'bulk', 'announce', 'announcement', 'announcements', 'notice', 'notices', 'mass message',
      'motd', 'message everyone', 'message all',
    ],
    ['system alerts', 'announcement', 'system status messages'],
  ],
  [
    [
      'mention', 'mentions', 'notify', 'notification', 'notifications', 'ping', 'pings', 'push', 'alert', 'mute',
      'muted', 'noisy', 'sound', 'quiet', 'silent', 'silence',
    ],
    ['notification', 'notifications'],
  ],
  [
    ['autojoin', 'auto join', 'auto-join', 'automatically join', 'automatically add', 'auto add'],
    ['default', 'automatically added', 'autojoin'],
  ],
  // Presence.
  [
    ['offline', 'online', 'status', 'away', 'idle', 'last seen', 'availability', 'presence', 'green dot'],
    ['presence', 'online', 'offline'],
  ],
  // Calls.
  [
    [
      'video', 'call', 'calls', 'conference', 'conferencing', 'meeting', 'meetings', 'videoconference', 'videocall',
      'voice', 'audio', 'webrtc',
    ],
    ['call', 'video', 'conferencing', 'jitsi'],
  ],
  [
    ['widget', 'widgets', 'plugin', 'plugins', 'addon', 'addons', 'extension', 'extensions'],
    ['widget', 'integration', 'integrations'],
  ],
  // Domains and DNS.
  [['apex', 'naked', 'bare', 'root', 'top level', 'zone apex'], ['root']],
  [
    ['hostname', 'host name', 'server name', 'servername', 'homeserver name', 'address', 'url'],
    ['server name', 'hostname', 'domain'],
  ],
  [['domain', 'domains', 'domain name'], ['domain']],
  [
    [
      'resolve', 'resolves', 'resolution dns', 'propagate', 'propagation', 'propagating', 'lookup', 'nslookup',
      'dig', 'nxdomain',
    ],
    ['resolving', 'dns', 'replication'],
  ],
  [['cdn', 'proxied', 'reverse proxy', 'orange cloud'], ['proxy', 'cloudflare']],
  // Moving away, running it yourself.
  [
    [
      'migrate', 'migration', 'move', 'moving', 'export', 'leave', 'leaving', 'switch', 'transfer', 'take out',
      'takeout', 'backup', 'dump',
    ],
    ['migrate', 'snapshot', 'database', 'download'],
  ],
  [
    [
      'self hosted', 'self host', 'selfhost', 'selfhosted', 'self-hosting', 'on premise', 'on premises', 'onprem',
      'on prem', 'own server', 'own infrastructure', 'own hardware', 'own machine', 'own vps',
    ],
    ['self-hosted', 'own infrastructure'],
  ],
  [['restore', 'recreate', 'reuse', 'reinstate', 'reclaim', 'rebuild'], ['rebuild', 'released']],
  [
    [
      'taken', 'unavailable', 'reserved', 'claimed', 'occupied', 'already exists', 'not available',
      'blocked',
    ],
    ['taken', 'claimed', 'released'],
  ],
  // Bridges: the chat networks EMS bridges to are reached through a bridge.
  [['telegram', 'slack', 'irc'], ['bridge', 'bridges', 'bridged']],
  [['bridging', 'bridges', 'puppet', 'puppeting', 'relay', 'connect', 'connector'], ['bridge', 'bridged']],
  [['irc', 'freenode', 'oftc', 'libera', 'liberachat'], ['irc', 'libera']],
  [
    [
      'dm', 'dms', 'direct message', 'direct messages', 'private message', 'private messages', 'pm', 'pms',
      'one to one',
    ],
    ['dms'],
  ],
  [['channel', 'channels', 'chatroom', 'chatrooms', 'group', 'groups'], ['room', 'rooms', 'channel']],
  [['bot', 'bots', 'chatbot', 'automation', 'automate'], ['bots']],
  // Short forms people type.
  [['repo', 'repos'], ['repositories']],
  [['msg', 'msgs'], ['messages']],
  [['feed', 'feeds', 'atom', 'news', 'blog', 'blogs', 'blog posts', 'newsletter'], ['rss', 'feed']],
  // Rooms being found.
  [
    [
      'explore', 'discover', 'discoverable', 'browse', 'browsable', 'browseable', 'searchable', 'find rooms',
      'room list', 'public rooms', 'listed',
    ],
    ['directory', 'public room directory'],
  ],
  [['share', 'sharing', 'permalink', 'invite link', 'join link', 'url', 'website', 'web page', 'homepage'], ['link']],
  // Rights.
  [['admin', 'admins', 'administrator', 'moderator', 'moderators', 'owner', 'superuser'], ['admin', 'administering']],
  [
    [
      'permission', 'rights', 'privilege', 'privileges', 'power level', 'powerlevel', 'allowed', 'role', 'roles',
      'access',
    ],
    ['permissions', 'admin'],
  ],
  // Changing things.
  [
    ['change', 'modify', 'edit', 'update', 'alter', 'adjust', 'replace', 'switch', 'set'],
    ['change', 'update', 'modify', 'set'],
  ],
  [
    ['setup', 'set up', 'configure', 'configuration', 'config', 'install', 'provision', 'create'],
    ['setup', 'set up', 'configuration', 'creation'],
  ],
  [
    ['several', 'two', 'second', 'many', 'another', 'multi', 'simultaneously', 'same time', 'parallel'],
    ['multiple', 'simultaneously'],
  ],
  [['profile', 'profiles', 'account', 'accounts', 'identity', 'identities'], ['accounts', 'profiles']],
  [
    ['benefit', 'benefits', 'advantage', 'advantages', 'worth', 'value', 'why pay', 'why choose', 'hassle'],
    ['benefits', 'paying'],
  ],
  [['performance', 'slow', 'fast', 'speed', 'lag', 'load'], ['performance', 'resource']],
  [['help', 'contact', 'ticket', 'helpdesk', 'email us'], ['support']],
  [
    [
      'bad idea', 'good idea', 'advisable', 'recommend', 'recommendation', 'best practice',
      'pros and cons', 'downside', 'drawback',
    ],
    ['recommended'],
  ],
  [['mxid', 'user id', 'userid', 'username', 'usernames', 'handle', 'matrix id'], ['matrix ids', 'user ids', 'id']],
  [['traffic', 'stream', 'streams', 'routed', 'routing', 'flow'], ['data', 'transferred', 'directly']],
  [['dashboard', 'console', 'control panel', 'admin panel'], ['dashboard', 'console', 'admin']],
];
