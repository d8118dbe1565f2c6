// Everyday German: the framing words of a question in German ("genau", "liegt",
// "vorher", "erledigen", "leider"), the analogue of english.ts's everyday English. They say
// little about *which* answer is wanted: a German word no table knows that is one of these
// weighs as an everyday word, so a question's coverage does not hinge on it, while an
// unknown German topic word ("Rabatt") still weighs fully and keeps off-topic questions out.
//
// General German, written for this list from knowledge of the language (not from any
// query): without words that could be the subject of a question about EMS (users, rooms,
// servers, accounts, billing, files, deleting or setting up anything, days and months as
// terms of service, "neu", "Fehler", "Problem"). The glossary and the German page, which
// are asked first, still read a word they know as its meaning. The last 690 words (from
// "euch ihm ihn" on, 2026-12-07) were written the same way by a writer who read only this list, the
// glossary and the corpus: framing words of a support post (verb forms, particles, time and
// quantity words, feelings, politeness, story nouns that are no EMS topic).

export const GERMAN_EVERYDAY_WORDS = `
  bist seid gewesen wäre hast habt hatten gehabt hätten wirst geworden worden kannst könnt
  könnten musst müsst musste müsste müssten dürfen dürfte sollten wollen wollte mögen mag gehen
  gehe ging gegangen kommen komme kommt kam gekommen wissen weiß weißt wusste gewusst sagen sage
  sagt gesagt finden finde findet gefunden braucht gebraucht benötige benötigt benötigen
  passieren passiert passierte funktionieren funktioniert funktionierte klappen geklappt
  versuchen versuche versucht probieren probiere probiert ausprobieren ausprobiert bleiben bleibe
  bleibt geblieben stehen stehe steht gestanden liegen liegt gelegen zeigen zeigt gezeigt sehen
  sehe sieht gesehen schauen schaut nachschauen heißen heißt bedeuten bedeutet erledigen erledigt
  tun tut getan lassen lässt gelassen geben gab gegeben nehmen nimmt genommen mach machte bekommt
  kriegt denken denke denkt gedacht glauben glaube glaubt meint gemeint verstehen verstehe
  versteht verstanden fragen frage fragt gefragt nachfragen helfen hilft geholfen warten wartet
  gewartet hoffen hoffe hofft wünsche wünschen erwarten erwartet vermute vermutet scheinen
  scheint wirkt klingt merken merkt gemerkt bemerkt festgestellt aufgefallen erinnern erinnert
  gehört gehören arbeiten arbeitet laufen läuft gelaufen fehlen fehlt gefehlt bringen beginnen
  anfangen entscheiden überlegen überlegt empfehlen empfohlen schaffen schafft geschafft
  gescheitert klären geklärt lösen gelöst beheben behoben beschreiben erklären erklärt gilt
  dauern dauert handelt geschehen vorkommen auftreten aufgetreten betreffen betrifft betroffen
  hängt hängen kennen kenne kennt herausfinden verwirrt verwirrend wundert übersehen reicht
  reichen passt stimmt interessiert unterscheiden unterscheidet vergleichen besteht existiert
  folgt folgende folgenden vorgehen entschuldigen genau eigentlich vorher nachher gestern heute
  morgen vorhin leider bereits trotzdem irgendwie ziemlich plötzlich wirklich ständig dauernd oft
  häufig manchmal selten nie niemals mal einmal nochmal nochmals gerade eben sofort gleich bald
  später früher damals neulich kürzlich kurzem zuletzt endlich schließlich zuerst erst zunächst
  anfangs ursprünglich danach davor inzwischen mittlerweile seitdem bisher bislang weiterhin
  weiter momentan aktuell derzeit zurzeit sonst ansonsten außerdem ebenfalls ebenso genauso sogar
  kaum fast ungefähr recht ganz gar völlig komplett total absolut überhaupt natürlich klar
  offensichtlich anscheinend scheinbar vermutlich wahrscheinlich vielleicht eventuell evtl
  möglicherweise bestimmt definitiv tatsächlich halt wohl lediglich allerdings jedoch dennoch
  sowieso jedenfalls zumindest wenigstens besonders insbesondere hauptsächlich meistens meist
  normalerweise grundsätzlich generell allgemein schnell langsam direkt irgendwo irgendwann
  irgendwas irgendetwas irgendjemand irgendein irgendeine irgendwelche überall nirgendwo anders
  zusammen gemeinsam allein selbst regelmäßig gelegentlich teilweise gleichzeitig stattdessen
  nämlich zwar ehrlich hoffentlich leid gern ab seit während wegen trotz statt anstatt außer
  gegenüber bezüglich bzgl innerhalb falls sobald solange bevor nachdem obwohl sodass deshalb
  deswegen daher darum dadurch sowohl usw etc zb beispielsweise ggf gegebenenfalls dich dir
  jemand jemanden niemand jeder jede jedes jeden jedem beide beiden einige einigen mehrere
  mehreren viele vielen wenige wenig weniger mehr meisten paar solche solchen selbe selben
  dasselbe dieselbe derselbe anderem anderer anderes womit wofür wozu wieviel wieviele davon
  darüber hierzu hierfür nein okay ok gut gute guten besser beste besten schlecht schlechter groß
  großen größer klein kleinen kleiner richtig richtigen falsch falschen wichtig toll super schwer
  schwierig leicht kompliziert praktisch sinnvoll nützlich hilfreich nötig notwendig erforderlich
  komisch seltsam merkwürdig ungewöhnlich normal üblich typisch ähnlich verschieden verschiedene
  verschiedenen unterschiedlich bestimmte bestimmten konkret eindeutig unklar ganze ganzen lang
  lange länger kurz spät früh letzte letzten nächste nächsten weitere weiteren echt unmöglich
  nervig schade zufrieden verständlich schlimm perfekt speziell wesentlich dringend ernsthaft
  ausreichend genug fertig bekannt zuständig verantwortlich sache sachen ding dinge idee ideen
  grund gründe hilfe zeit moment minute minuten stunde stunden zeitpunkt leute menschen beispiel
  beispiele fall lösung weg möglichkeit möglichkeiten art weise situation zusammenhang hinweis
  tipp tipps vorschlag meinung erfahrung erfahrungen ahnung eindruck ziel zweck sinn bedeutung
  unterschied vergleich teil bisschen anfang schritt versuch ergebnis erfolg thema punkt stelle
  bereich details info informationen mühe anliegen bescheid rückmeldung verständnis dank hallo hi
  hey moin danke dankeschön gruß grüße grüßen freundliche freundlichen liebe lieben lieber
  herzlichen herzlich geehrte geehrter damen herren abend sorry entschuldigung voraus vorab mfg
  lg
  euch ihm ihn ihnen einander dein deine deinen deinem deiner unser unsere unseren unserem
  unserer euer eure euren eurem eurer welchem deren dessen denen keinen keinem keiner keines nix
  wen wem allem allen aller sämtliche sämtlichen jegliche jeglichen manche manchen mancher
  manches etliche etlichen zahlreiche zahlreichen unzählige vieles wenigen meiste einiges
  einzelne einzelnen einzeln beides jemandem niemandem niemanden irgendwer irgendeinen
  irgendeinem irgendwelchen sondern daß damit wobei indem sofern soweit sowie bis entweder weder
  beziehungsweise bzw bspw dh ua vllt sprich also somit folglich demnach dementsprechend
  entsprechend zudem ferner einerseits andererseits hingegen vielmehr übrigens immerhin ohnehin
  hinter neben per via gemäß anhand außerhalb hinsichtlich aufgrund warst sei seien wären hätte
  hättest hattest hab werdet wurdest würdest konnte konnten konntest könne gekonnt müssen mussten
  müsstest gemusst darf darfst durfte durften dürften sollst sollen solltest willst wollt wollten
  wolltest gewollt möchte möchten möchtest möchtet mochte gemocht tue tat taten mache machst
  macht machen machten gemacht sagte sagten sagst kamen kommst käme gibt gibst gebe gaben gibts
  nehme nahm nimm lasse ließ sah sahen siehst seht fand fanden brauche brauchen brauchst brauchte
  bräuchte bekomme bekommen bekam bekommst erhalte erhalten erhielt erhält versuchte versuchten
  probierte hoffte gehofft dachte dachten denkst glaubst glaubte geglaubt meinst meinte meinten
  wisst wüsste wussten fragte fragst zeigte standen lag blieb hieß schien passte gepasst passen
  reichte fehlte merkte kannte gingen gehst gelernt lernen geschaut schaue gucken geguckt
  geklickt klicke klicken gedrückt erscheint erscheinen erschienen bringt gebracht führt geführt
  halte hält hielt gehalten verstand verstehst kapiert kapiere begriffen nachvollziehen erläutern
  beantworten beantwortet bedanke bedanken danken bedankt bitte bitten gebeten freue freuen freut
  gefreut gefällt gefallen fühle fühlt gefühlt wundere gewundert ärgert geärgert kümmern kümmere
  kümmert befürchte fürchte bevorzuge bevorzugt gewöhnt vermisse beachten beachtet landet
  gelandet bietet bieten enthält enthalten umfasst beinhaltet entspricht entsprechen abhängt
  abhängig gelten galt vorhanden möglich möglichst vorstellen vorhaben weiterkommen weiterhelfen
  rausfinden herausgefunden entschieden erklärung stecke steckt gelungen gelingt hinbekommen
  hingekriegt kriege gekriegt arbeite gearbeitet dabei dafür dagegen daran darauf drauf daraus
  darin darunter dazu dahin dorthin hierbei hiermit hierüber hieran worauf woran worüber worum
  wodurch wovon worin woher wohin warum wieso weshalb weswegen inwiefern inwieweit wieder immer
  immernoch stets erneut bloß etwa eh ruhig einfach einfacher quasi sozusagen gewissermaßen eher
  letztendlich letztlich schlussendlich prinzipiell theoretisch gewiss zweifellos offenbar
  angeblich womöglich keinesfalls keineswegs durchaus umso desto je sowas woanders anderswo
  irgendwohin nirgends oben unten vorne hinten daneben dahinter hin her herum heraus jeweils
  insgesamt ca circa zirka rund knapp mindestens überwiegend größtenteils halbwegs einigermaßen
  weitgehend schlicht schlichtweg extrem enorm relativ zufällig absichtlich bewusst
  glücklicherweise dummerweise blöderweise seltsamerweise komischerweise ehrlicherweise
  freundlicherweise netterweise kurzerhand spontan heutzutage vorgestern übermorgen abends
  morgens nachts mittags nacht mittag vormittag nachmittag soeben grad zwischenzeitlich
  zwischendurch nebenbei nebenher ewig ewigkeit mehrmals oftmals öfter öfters zweimal dreimal
  letztens demnächst künftig zukünftig zukunft vergangenheit erstmal erstmals zuvor daraufhin
  umgehend rasch zügig zeitnah schnellstmöglich baldmöglichst rechtzeitig uhr sekunde sekunden
  augenblick weile montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag vorige
  vorigen vergangene vergangenen kommende kommenden jetzige heutige heutigen gestrigen null eins
  drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig fünfzig hundert tausend
  hunderte tausende dutzend dutzende erstens zweitens ersten zweite zweiten einzige einzigen
  hälfte halb halbe gesamte gesamten reihe haufen stück mitte schön schöne schönen schöner prima
  klasse nett lieb schlimmer furchtbar schrecklich ärgerlich blöd doof dumm peinlich exakt
  gleiche gleichen identisch ähnliche sonstige sonstigen eigentliche eigentlichen richtige simpel
  unkompliziert umständlich mühsam lästig angenehm unangenehm sinnlos unwichtig eilig entspannt
  unverständlich logisch sonderbar eigenartig gewöhnlich ungenau genaue genauer genaueres bereit
  interessant spannend relevant detailliert froh glücklich traurig dankbar ratlos hilflos
  gespannt neugierig besorgt beruhigt erleichtert überrascht sauer unzufrieden begeistert
  enttäuscht frustriert genervt nervt verunsichert überfordert verzweifelt überzeugt müde gefühl
  angst sorge sorgen ärger freude spaß glück pech zufall verdacht vermutung hoffnung wunsch
  geduld kleinigkeit umstand umstände kontext hinsicht hinblick bezug ursache folge resultat
  fälle fällen male gedanke gedanken überlegung entscheidung absicht chance gelegenheit ratschlag
  ansatz angelegenheit sachverhalt aufgabe urlaub feierabend hause zuhause welt leben alltag kram
  zeug bedenken bitteschön gerne vorweg schonmal gruss grüsse vg bg freundlichst hochachtungsvoll
  geehrten liebes servus tschüss ciao entschuldige entschuldigt verzeihung ach oh naja na hm hmm
  ähm äh tja ups aha achso nee ne krass cool wunderbar großartig hervorragend ausgezeichnet
`
  .split(/\s+/)
  .filter(Boolean);
