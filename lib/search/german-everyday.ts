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
// are asked first, still read a word they know as its meaning.

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
`
  .split(/\s+/)
  .filter(Boolean);
