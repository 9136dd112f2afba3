/**
 * Word lists the detector relies on. Written from general knowledge (US census frequent names, English
 * function words, USPS street suffixes); nothing here is taken from any evaluation corpus.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const UNITS: Record<string, number> = {
  zero: 0, oh: 0, o: 0, cero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
export const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};
export const ORDINAL_WORDS: Record<string, number> = {
  ...ORDINAL_UNITS,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, febuary: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun');

/** Spelled-out letters as speech recognisers write them, besides bare single letters. */
export const LETTER_NAMES: Record<string, string> = {
  bee: 'B', dee: 'D', gee: 'G', jay: 'J', kay: 'K', ell: 'L', em: 'M', en: 'N', pee: 'P', ess: 'S',
  tee: 'T', vee: 'V', ex: 'X', zee: 'Z', zed: 'Z', aitch: 'H',
};

/** The radio alphabet, as callers spell codes ("seven kilo papa lima"): letters only inside a code already begun. */
export const PHONETIC_LETTERS: Record<string, string> = {
  alpha: 'A', alfa: 'A', bravo: 'B', charlie: 'C', delta: 'D', echo: 'E', foxtrot: 'F', golf: 'G', hotel: 'H', india: 'I',
  juliet: 'J', juliett: 'J', kilo: 'K', lima: 'L', mike: 'M', november: 'N', oscar: 'O', papa: 'P', quebec: 'Q', romeo: 'R',
  sierra: 'S', tango: 'T', uniform: 'U', victor: 'V', whiskey: 'W', xray: 'X', 'x-ray': 'X', yankee: 'Y', zulu: 'Z',
};

export const STREET_SUFFIXES = words(`
  street st avenue ave av road rd drive dr lane ln boulevard blvd court ct way place pl circle cir terrace ter
  parkway pkwy highway hwy trail trl square sq loop row pike plaza alley crescent cres expressway freeway
  heights hollow landing lanes path point run ridge commons cove crossing glen grove knoll meadow meadows
  walk park close mews gardens bend esplanade quay terr crt hts concourse`);
/** Suffixes that are too common as ordinary words to end a street name on their own. */
export const WEAK_STREET_SUFFIXES = words('way place run walk park point path row square heights hts landing commons cove glen grove ridge meadow meadows hollow knoll crossing loop');

export const UNIT_WORDS = words('apartment apt unit suite ste number no # floor fl room rm building bldg flat');
/** Units that name a home inside a building, and the rooms and beds where someone stays. */
export const HOME_UNITS = words('apartment apt unit suite ste');
export const STAY_UNITS = new Set([...HOME_UNITS, 'room', 'rm', 'bed']);

export const US_STATES = words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
  wisconsin wyoming
  al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or
  pa ri sc sd tn tx ut vt va wa wv wi wy dc`);
/** Canada's provinces and territories, for the snowbirds and cross-border patients who give a Canadian address. */
export const CA_PROVINCES = words(`
  ontario quebec alberta manitoba saskatchewan yukon nunavut newfoundland
  on qc bc ab mb sk ns nb pe nl yt nt nu`);
/** Hawaiʻi's islands, said after a town as a state is: "Waimea, Kauaʻi". */
export const ISLANDS = words(`kauai kaua'i oahu o'ahu maui molokai moloka'i lanai lana'i`);
/** Two-word state names: first word -> second word. */
export const STATE_PAIRS: Record<string, string[]> = {
  new: ['hampshire', 'jersey', 'mexico', 'york', 'brunswick'], north: ['carolina', 'dakota'], south: ['carolina', 'dakota'],
  west: ['virginia'], rhode: ['island'], british: ['columbia'], nova: ['scotia'], prince: ['edward'],
};

export const TLDS = words('com org net edu gov us io co info biz me uk ca mil health care us');
/** Country-code top-level domains, taken as a domain's end when spelled letter by letter ("n z") or written. */
export const COUNTRY_TLDS = words(`nz au uk ie ca de fr pl nl es it se no dk fi ch at be br mx in jp kr cn za ph sg hk il ru ua pt gr cz tw ng
  ke fm tv ly ai app dev xyz gl ms to gg cc ws la sh vc ag bz id my eu lt lv ee ro hu sk si hr rs bg tr ar cl pe ve uy ec bo py cr pa gt
  do pr jm tt bs eg ma tn gh ug tz rw et ae sa qa kw pk bd lk np vn th is im li lu mt cy page link site online gle`);

/**
 * Closed-class and very frequent words that never start or continue a person's name in speech.
 * Used to decide where a name after a cue ("this is ...") ends.
 */
export const FUNCTION_WORDS = words(`
  a an the this that these those there here it it's its is am are was were be been being do does did done
  have has had having will would shall should can could may might must i i'm i've i'd i'll me my mine myself
  you you're your yours y'all yall he he's him his she she's her hers we we're us our they they're them their
  and or but so if then than because as at by for from in into of on onto to with without about above after
  before below between over under up down out off again just also too very really not no yes yeah yep ok okay
  um uh uhm er ah hi hello hey bye goodbye thanks thank please sorry well oh
  calling call called calls speaking here again regarding re concerning returning leaving left
  what when where who whom why how which whose all any some each every both either neither one ones
  going gonna want wanted need needed like get got getting give gave just still now today tomorrow yesterday
  tonight morning afternoon evening night week month year day time back message voicemail office
  doctor dr nurse patient pharmacy clinic hospital insurance appointment number phone
  mom mother dad father son daughter wife husband brother sister grandmother grandfather aunt uncle
  daughter's son's mother's father's wife's husband's
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
`);

/**
 * Everyday words that can follow "it's" / "this is" but are not names ("it's urgent", "this is about").
 * Applied to the first word after a cue unless it is a known given name.
 */
export const COMMON_WORDS = words(`
  about urgent important quick quickly regarding concerning just only really actually still already also
  calling call going getting trying hoping wondering checking following following-up confirming returning
  sorry fine good great okay ok alright right wrong bad hard late early soon done ready there here
  nothing something anything everything somebody someone anyone everybody nobody
  my your his her our their the a an this that not no never ever always probably maybe
  me him them us myself herself himself
  been being had has have was were is are be
  regarding reference re in on at for from with to of by about
  pharmacy office clinic hospital billing front desk department lab laboratory radiology
  insurance company team staff service services center centre
  reminder message follow followup update question questions problem issue
  mom dad mother father son daughter wife husband
  new old same other another next last first second
  time day week today tomorrow yesterday tonight morning afternoon evening
  who what when where why how
  so very too well
  am pm
  email e-mail mail address phone cell number date birth dob social security ssn insurance account card license
  medicare medicaid chart mrn policy member forms form results records record prescription refill bill balance
  payment copay visa mastercard fax text callback extension
  said told asked wants wanted needs know think thought saw called
  fell falls fall died passed went goes go came comes come got gets took takes take feels felt feel
  has had having is was were needs need wants asked asks says tried tries lost left fainted collapsed broke
  started stopped ran runs seems seemed looks looked sounds sounded keeps kept became becomes woke wakes
  slipped tripped hurt hurts injured ended ate drank drove drives walked walks lives lived stays stayed
  can't cannot won't doesn't didn't isn't wasn't hasn't haven't couldn't wouldn't shouldn't
  will would can could should might must shall may
  speaking here there calling again too also
  line station desk practitioner assistant team staff on-call
  home sick ill better worse fine well okay pregnant diabetic allergic out away available busy free new
  concerned worried scared afraid unable able glad happy sure certain confused dizzy nauseous tired
  calling texting writing reaching following checking
`);

/** Relatives and roles after which a person's name often follows ("my mother, Ann Lee"). */
export const RELATIONS = words(`
  mother mom mum father dad son daughter wife husband brother sister grandmother grandma grandfather grandpa
  aunt uncle niece nephew cousin grandson granddaughter partner fiance fiancee boyfriend girlfriend child kid boy girl parents grandparents
  baby stepmother stepfather stepson stepdaughter caregiver neighbor neighbour friend spouse patient client
  mother-in-law father-in-law sister-in-law brother-in-law
  abuela abuelo mama papa hija hijo esposa esposo tia tio
  mamaw papaw memaw pawpaw grandbaby great-grandbaby great-grandson great-granddaughter great-grandmother great-grandfather
  cheii masani shimasani nali lola lolo
`);

/** Words that make a capitalised phrase an organisation rather than a person ("Blue Cross", "Lakeside Cardiology"). */
export const ORG_WORDS = words(`
  hospital hospitals health healthcare medical medicine pharmacy pharmacies clinic clinics care center centre
  cardiology oncology radiology orthopedics orthopaedics pediatrics dermatology neurology urology diagnostics
  labs lab laboratory laboratories associates group partners services hospice home homes insurance cross shield
  kidcare peachcare masshealth mainecare tenncare soonercare badgercare
  blue mutual life assurance department school elementary university college county general memorial urgent
  family regional community valley lakeside riverside northside southside bank credit union inc llc corp company
  foundation institute network plan plans scripts express aid drug drugs supply supplies surgical surgery
  dental vision imaging rehab rehabilitation therapy physical sleep women's children's church police dmv
  prosthetics orthotics orthopedic dialysis infusion wellness chiropractic podiatry optometry pharmaceuticals
  pharmaceutical solutions systems counseling behavioral psychiatry gastroenterology pulmonology nephrology
  endocrinology rheumatology obstetrics gynecology ophthalmology audiology ambulance transportation ministries
  kidney renal heart cardiac vascular spine lung lungs eye eyes skin bone bones joint joints ear nose throat foot
  ankle cancer diabetes allergy asthma fertility hearing
  apartments condos condominiums residences towers hotel motel shelter estates
  freight trucking haulers hauling logistics transport motors farms co-op coop cooperative grain bureau
  baptist methodist lutheran presbyterian pentecostal episcopal catholic
`);

/** Frequent US given names (census-style), lower case. */
export const GIVEN_NAMES = words(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
  gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
  raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
  jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan
  billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell
  bobby mason philip louis harry howard fred martin victor carlos luis miguel antonio manuel jorge pedro
  francisco ricardo alejandro diego javier rafael fernando omar ahmed mohammed muhammad ali hassan ibrahim
  yusuf tariq raj arjun rahul vikram sanjay amit ravi wei jun hiroshi kenji tomas ivan dmitri sergei andrei
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
  ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
  rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
  christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
  frances kathryn janice jean abigail alice judy sophia denise doris marilyn danielle beverly isabella theresa
  diana natalie brittany charlotte marie kayla alexis lori ava mia chloe ella zoe lily nora sofia camila
  valentina lucia elena gabriela daniela adriana veronica rosa carmen ana isabel luz guadalupe ines beatriz
  fatima  amina leila yasmin zainab mariam  anjali deepa sunita neha pooja lakshmi  ling yan
  xiu hui yuki sakura keiko olga natasha svetlana irina tatiana ingrid astrid greta freya sigrid
  eleanor evelyn hazel violet aurora stella lucy layla penelope riley nevaeh addison aubrey savannah brooklyn
  leah audrey claire skylar paisley everly naomi caroline ruby kennedy maya kinsley allison gianna sadie
  liam oliver lucas owen caleb luke isaac levi hudson grayson lincoln jaxon asher mateo leo ezra elias
  josiah julian wyatt sebastian carter jayden gavin connor eli hunter landon cameron nolan colton dominic
  ian evan jace miles xavier easton adrian brody declan silas maxwell max cole bennett emmett rowan theo
  marcus jamal darnell tyrone deshawn malik andre terrence reginald cedric lamar darius jermaine
  latoya keisha tamika shanice ebony tanisha imani aaliyah jasmine destiny diamond precious
  marjorie gladys edna mildred florence irene lillian louise ethel thelma norma pauline wanda peggy
  bernice vera agnes rita eileen loretta sylvia josephine arlene lorraine rosemary geraldine
  stanley leonard norman herbert clarence earl ernest melvin lloyd leroy floyd clifford chester herman
  bernard harvey milton vernon warren leon lester cecil marvin glenn gordon dale wesley curtis alvin
  francis jimmy johnny tommy danny ricky mike tom bob jim joe dan dave steve chris matt nick tony
  rob ben sam alex andy greg jeff jon ken kim liz beth jen jenny katie kate meg sue pam deb barb
  cathy kathy debbie becky patty peggy sally molly holly polly nellie maggie annie ellie
`);

/** Given names that are also everyday words; only trusted after an explicit name cue. */
export const AMBIGUOUS_GIVEN = words(`
  will bill mark may june april august grace rose joy hope faith dawn summer autumn ruby pearl ivy iris
  lily violet hazel holly destiny precious diamond star sky skylar river rowan sage max frank earl ray
  art rich jack pat sue sandy carol gene dean chase hunter mason miles lane drew grant wade cole jordan
  victoria virginia georgia madison brooklyn savannah paisley kennedy lincoln austin dale glenn cliff
  guy will bob rob jimmy joe bill don ken kim penny candy ginny lou van
  deb meg jen beth tom nick sam ben dan al ed ted
`);

/** Frequent US surnames (census-style), lower case. */
export const SURNAMES = words(`
  smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson
  anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis
  robinson walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall
  rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes
  stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard
  ramos kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes price
  alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry russell sullivan bell
  coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan patterson alexander hamilton
  graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina aguilar
  stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington kennedy wells
  vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon mendez
  silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose stone
  salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto weaver ryan
  gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos hart bradley
  knight elliott cunningham duncan armstrong hudson carroll lane riley andrews alvarado ray delgado berry
  perkins hoffman johnston matthews pena richards contreras willis carpenter lawrence sandoval guerrero
  george chapman rios estrada ortega watkins greene nunez wheeler valdez harper burke larson santiago
  maldonado morrison franklin carlson austin dominguez carr lawson jacobs obrien lynch singh vega bishop
  montgomery oliver jensen harvey williamson gilbert dean sims espinoza howell li wong reid hanson le
  mccoy garrett burton fuller wang weber welch rojas lucas marquez fields park yang little banks padilla
  day walsh bowman schultz luna fowler mejia davidson acosta brewer may holland juarez newman pearson
  curtis cortez douglas schneider joseph barrett navarro figueroa keller avila wade molina stanley hopkins
  campos barnett bates chambers caldwell beck lambert miranda byrd craig ayala lowe frazier powers neal
  leonard gregory carrillo sutton fleming rhodes shelton schwartz norris jennings watts duran walters
  cohen mcdaniel moran parks steele vaughn becker holt deleon barker terry hale leon hail benson haynes
  horton miles lyons pham graves bush thornton wolfe warner cabrera mckinney mann zimmerman dawson lara
  fletcher page mccarthy love robles cervantes solis erickson reeves chang klein salinas fuentes baldwin
  daniel simon velasquez hardy higgins aguirre lin cummings chandler sharp barber bowen ochoa dennis
  robbins liu ramsey francis griffith paul blair oconnor cardenas pacheco cross calderon quinn moss
  swanson chan rivas khan rodgers serrano fitzgerald rosales stevenson christensen manning gill curry
  mclaughlin harmon mcgee gross doyle garner newton burgess reese walton blake trujillo adkins brady
  goodman roman webster goodwin  huang potter delacruz montoya todd wu hines mullins castaneda
  malone cannon tate mack sherman hubbard hodges zhang guerra wolf valencia saunders franco rowe gallagher
  farmer hammond hampton townsend ingram wise gallegos clarke barton schroeder maxwell waters logan camacho
  strickland norman person colon parsons frank harrington glover osborne buchanan casey floyd patton ibarra
  ball tyler suarez bowers orozco salas cobb gibbs andrade bauer conner moody escobar mcguire lloyd mueller
  hartman french kramer mcbride pope lindsey velazquez norton mccormick sparks flynn yates hogan marsh
  macias villanueva zamora pratt stokes owen ballard lang brock villarreal charles drake barrera cain
  patrick pineda burnett mercado santana shepherd bautista ali shaffer lamb trevino mckenzie hess beil
  olsen cochran morton nash wilkins petersen briggs shah roth nicholson holloway lozano rangel flowers
  hoover short arias mora valenzuela bryan meyers weiss underwood bass greer summers houston carson morrow
  clayton  decker yoder collier zuniga carey wilcox melendez poole roberson larsen conley davenport
  copeland massey lam huff rocha cameron jefferson hood monroe anthony pittman huynh randall singleton kirk
  combs mathis christian skinner bradford richard galvan wall boone kirby wilkinson bridges bruce atkinson
  velez meza roy vincent york hodge villa abbott allison tapia gates chase sosa sweeney farrell wyatt
  dalton horn barron phelps yu dickerson heath foley atkins mathews bonilla acevedo benitez zavala hensley
  glenn cisneros harrell shields rubio choi huffman boyer garrison arroyo bond kane hancock callahan dillon
  cline wiggins grimes arellano melton oneill savage ho beltran pitts parrish ponce rich booth koch golden
  ware brennan mcdowell marks cantu humphrey baxter sawyer clay tanner hutchinson kaur berg wiley gilmore
   villegas hobbs keith wilkerson ahmed beard mcclain montes mata rosario vang walter henson oneal
  mosley mcclure beasley stephenson snow huerta preston vance barry johns eaton blackwell dyer prince
  macdonald solomon guevara stafford english hurst woodard cortes shannon kemp nolan mccullough merritt
  murillo moon salgado strong kline cordova barajas roach rosas winters jacobson lester knox bullock kerr
  leach meadows orr davila whitehead pruitt kent conway mckee barr david dejesus marin berger mcintyre
  blankenship gaines palacios cuevas bartlett durham dorsey mccall odonnell stein browning stout lowery
  sloan mclean hendricks calhoun sexton chung gentry hull duarte ellison nielsen gillespie buck middleton
  sellers leblanc esparza hardin bradshaw mcintosh howe livingston frost glass morse knapp herman stark
  bravo noble spears weeks corona frederick buckley mcfarland hebert enriquez hickman quintero randolph
  schaefer walls trejo house reilly pennington michael conrad giles benjamin crosby fitzpatrick donovan
  mays mahoney valentine raymond medrano hahn mcmillan small bentley felix peck lucero boyle hanna pace
  rush hurley harding mcconnell bernal nava ayers everett ventura avery pugh mayer bender shepard mcmahon
  landry case sampson moses magana blackburn dunlap gould duffy vaughan herring mckay espinosa rivers
  farley bernard ashley friedman potts truong costa correa blevins nixon clements fry delarosa best
  benton lugo portillo dougherty crane haley phan villalobos blanchard horne finley quintana lynn esquivel
  bean dodson mullen xiong hayden cano levy huber richmond moyer lim frye sheppard mccarty avalos booker
  waller parra woodward jaramillo krueger rasmussen brandt peralta donaldson stuart faulkner maynard
  galindo coffey estes sanford burch maddox vo oconnell vu andersen spence mcpherson church schmitt
  stanton leal cherry compton dudley sierra pollard alfaro hester proctor lu hinton novak good madden
  mccann terrell jarvis dickson reyna cantrell mayo branch hendrix rollins rowland whitney duke odom
  daugherty travis tang archer  nowak wojcik kaminski lewandowski ivanov petrov smirnov popov
  sokolov kuznetsov novak horvat kovacs nagy muller schneider  weber becker hoffmann schulz
  rossi  ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti costa
  silva santos oliveira souza lima pereira ferreira alves ribeiro carvalho gomes martins rocha
  nakamura tanaka suzuki takahashi watanabe yamamoto kobayashi sato ito kato yoshida yamada
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo
  kumar sharma singh gupta shah mehta joshi reddy rao iyer nair desai chopra kapoor malhotra
  okonkwo mensah owusu diallo traore kamara nkosi abubakar mohamed hussein abdullah  khan
  cohen levi katz friedman goldstein rosen weiss klein shapiro kaplan schwartz 
  murphy obrien kelly sullivan walsh byrne ryan oconnor doyle mccarthy gallagher kennedy lynch
  johansson andersson karlsson nilsson eriksson larsson olsson persson hansen jensen nielsen
`);

/**
 * Words that are in the name data (given names or surnames) or unknown to the English word list but are
 * never a caller's name in a voicemail: fillers, holidays, medical abbreviations said as words.
 */
export const NON_NAME_WORDS = words(`
  ok okay okey uhm umm ummm hmm hmmm mm mmm mhm uh-huh huh yep nope yup ya yo gonna wanna gotta kinda sorta
  lemme dunno alright alrighty asap fyi bye-bye yall
  im ive id dont cant wont didnt doesnt isnt wasnt arent werent thats theres whats youre theyre hes shes lets
  couldnt wouldnt shouldnt havent hasnt hadnt aint itll youll youve weve theyve wed theyd shed hed
  christmas easter thanksgiving halloween hanukkah passover ramadan kwanzaa mardi gras juneteenth diwali eid tet
  covid covid-19 mri ekg ecg eeg icu er ent obgyn ob-gyn pcp a1c hba1c cpap bipap inr psa tsh cbc cmp bmp
  ct pt ot iv rx otc ivf ultrasound tylenol advil motrin aleve
  german senor senora chevy tesla dutch berlin
  numero telefono celular gracias tengo tiene llamo llameme bueno favor perdon cita mañana manana ayunas arroba punto vivo vive vivimos viven
  quiero necesito puedo hablo habla una unas unos esta este para por
  telehealth telemedicine mychart hipaa obamacare epipen glucometer fitbit ipad iphone venmo zelle paypal wifi email
  english spanish french portuguese italian russian ukrainian polish chinese mandarin cantonese japanese korean
  vietnamese tagalog filipino arabic hindi urdu punjabi bengali farsi persian turkish greek hebrew somali swahili
  amharic haitian creole samoan tongan maori hawaiian navajo american canadian mexican british irish scottish welsh
  zealand australia australian england scotland ireland canada mexico europe european african asian latino latina
  merci gracias danke ciao adios adieu namaste shalom aloha salaam mahalo arigato grazie obrigado obrigada cheers
`);

/** Car makes and models that no caller is named ("a silver Camry"); a colour word before one is no name either. */
export const VEHICLE_WORDS = words(`
  camry corolla prius rav4 altima sentra elantra jetta civic tacoma tundra highlander wrangler malibu impala
  silverado equinox escalade outback forester odyssey sonata tucson kia hyundai subaru toyota honda nissan mazda
  volkswagen chevrolet buick cadillac mitsubishi
`);
for (const w of VEHICLE_WORDS) NON_NAME_WORDS.add(w);

/**
 * Everyday Spanish words of a voicemail: function words, frequent verbs and nouns. Spoken, the English word list does
 * not know them, so a Spanish message's "con la", "si el", "que ellos" read as unknown words, as names do. Left out on
 * purpose: the particles inside names ("de", "del", "la", "los", "las", "y", "san", "santa") and words that are often
 * given names, surnames or their particles ("rosa", "cruz", "luz", "paz", "angel", "jesus", "dolores", "pilar", "caridad", "flores", "deja",
 * "han", "tan", "su", "tu", "ha", "nieto", "dias", "solo", Irish "ni",
 * and Vietnamese "le", Korean "mi", Dutch "van"); relation words, which RELATIONS has.
 */
export const SPANISH_WORDS = words(`  el les me te se nos mis tus sus nuestro nuestra que como cuando donde quien porque pero si no al con
  sobre entre hasta desde hacia muy menos ya aun tambien tampoco bien aqui alli ahi ahora hoy ayer luego despues
  antes siempre nunca todavia tanto mucho mucha muchos muchas poco poca todo toda todos todas otro otra otros otras algo
  nada alguien nadie cada mismo misma ese esa eso esos esas esto estos estas cual cuales cuanto yo usted ustedes ella ellas
  ellos nosotros
  es son era fue ser estar estoy estan estaba estamos estuve habia hace hacer hizo tienen tenemos tenia tuvo voy
  vamos ir fui pueden podria podemos quiere queria necesita necesitamos llama llamar llamando llamaba dijo dijeron dice
  decir saber sabe dejar dejo confirmar cambiar cambie pagar cobrar recoger mandar enviar ver veo vino viene venir salir
  sale salio pasar paso tomar toma tomo doy dio espero esperar disculpe perdone oiga mire sea siga deberia entiendo
  entender hablar hablo abrir abren cerrar cerrado abierto llegar llego devolver contestar favor saludos bendiga
  cita citas receta recetas medicina medicinas pastilla pastillas doctora oficina clinica farmacia farmacias seguro tarde
  tardes noche noches dia semana semanas mes meses ano anos hora horas vez veces casa hogar familia esposo
  nieta nietos sobrina sobrino hermano hermana senor senora carro agua comida dolor presion azucar sangre examen
  examenes resultados laboratorio huracan tormenta aviso problema problemas nombre apellido fecha nacimiento direccion
  urbanizacion cuenta tarjeta miligramos visitas visita pronto buenas buenos hola adios ayuda gracias
  hicieron nacio pedir pedi quedan queda quedo dieron mando puso recibi recibio llamaron operaron sacaron tomaron
  preguntar pregunta cancelar reprogramar necesitaba puedan pueda llame llamen devuelvan
`);
for (const w of SPANISH_WORDS) NON_NAME_WORDS.add(w);


/** Role words before a person's name at work ("the pharmacist Yolanda Birch", "Officer Dana Ruiz"). */
export const ROLE_NOUNS = words(`
  pharmacist pharmacy-tech technician tech receptionist coordinator scheduler manager supervisor director
  administrator assistant aide caseworker counselor chaplain officer deputy sergeant detective trooper
  reverend pastor rabbi imam paramedic dispatcher volunteer agent representative rep
  worker secretary clerk attorney lawyer paralegal interpreter translator driver
`);

/**
 * Well-known US health-care organisations, pharmacies, laboratories and insurers (general knowledge):
 * "This is Aetna" or "this is cvs" introduces a company, not a person.
 */
export const ORG_NAMES = words(`
  aetna cigna humana anthem kaiser permanente centene molina wellcare ambetter highmark premera regence
  carefirst emblemhealth healthfirst fidelis tricare optum optumrx unitedhealthcare uhc bcbs caresource
  amerigroup wellpoint oscar medica healthnet healthpartners geisinger intermountain ascension sutter
  cvs walgreens walgreen rite-aid riteaid walmart costco kroger safeway publix albertsons meijer wegmans
  heb hy-vee hyvee caremark express-scripts labcorp quest bioreference
  mayo adventhealth atrium novant baptist methodist presbyterian lutheran mercy hca tenet
  apria lincare amedisys fedex ups usps amazon
  medicare medicaid medi-cal champva ahcccs mychart facebook whatsapp zoom
`);

/** Frequently prescribed medicines (generic and brand), general knowledge: never a person's name. */
export const MEDICATIONS = words(`
  lisinopril metformin atorvastatin simvastatin rosuvastatin pravastatin lovastatin amlodipine losartan
  valsartan olmesartan metoprolol atenolol carvedilol propranolol hydrochlorothiazide hctz furosemide lasix
  spironolactone chlorthalidone levothyroxine synthroid omeprazole pantoprazole esomeprazole famotidine
  gabapentin pregabalin lyrica sertraline zoloft fluoxetine prozac citalopram escitalopram lexapro celexa
  paroxetine bupropion wellbutrin trazodone duloxetine cymbalta venlafaxine effexor mirtazapine buspirone
  alprazolam xanax lorazepam ativan clonazepam klonopin diazepam valium zolpidem ambien quetiapine
  seroquel aripiprazole abilify risperidone olanzapine lithium lamotrigine levetiracetam keppra topiramate
  warfarin coumadin apixaban eliquis rivaroxaban xarelto clopidogrel plavix aspirin ibuprofen naproxen
  acetaminophen tramadol oxycodone hydrocodone norco percocet vicodin morphine codeine fentanyl suboxone
  prednisone methylprednisolone medrol dexamethasone amoxicillin augmentin azithromycin zithromax
  doxycycline cephalexin keflex ciprofloxacin cipro levofloxacin bactrim nitrofurantoin macrobid
  clindamycin metronidazole flagyl fluconazole diflucan valacyclovir valtrex acyclovir insulin lantus
  humalog novolog levemir tresiba ozempic wegovy mounjaro zepbound trulicity victoza jardiance farxiga
  januvia glipizide glimepiride pioglitazone albuterol proair ventolin symbicort advair breo spiriva
  montelukast singulair cetirizine zyrtec loratadine claritin fexofenadine allegra fluticasone flonase
  tamsulosin flomax finasteride sildenafil viagra tadalafil cialis donepezil aricept memantine namenda
  allopurinol colchicine meloxicam mobic celecoxib celebrex cyclobenzaprine flexeril baclofen tizanidine
  methotrexate hydroxychloroquine plaquenil humira enbrel estradiol premarin progesterone medroxyprogesterone
  nexplanon depo-provera ondansetron zofran promethazine phenergan meclizine docusate miralax senna
  potassium magnesium calcium vitamin folic ferrous entresto digoxin amiodarone diltiazem verapamil
  nitroglycerin hydralazine clonidine isosorbide ranolazine
`);

/**
 * Countries and the nations of the UK, lower case: a country is coarser than a state, so Safe Harbor keeps it
 * ("she's visiting from Jordan", "from Scotland"), even where a US town has the same name.
 */
export const COUNTRIES = new Set([
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahamas', 'bahrain',
  'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan', 'bolivia', 'bosnia', 'botswana', 'brazil', 'brunei', 'bulgaria',
  'burundi', 'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus', 'czechia', 'denmark',
  'djibouti', 'dominica', 'ecuador', 'egypt', 'england', 'eritrea', 'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland', 'france', 'gabon',
  'gambia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india',
  'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'korea', 'kosovo', 'kuwait',
  'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi',
  'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius', 'mexico', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco',
  'mozambique', 'myanmar', 'burma', 'namibia', 'nepal', 'netherlands', 'holland', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan',
  'palestine', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'samoa', 'scotland',
  'senegal', 'serbia', 'seychelles', 'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'suriname', 'sweden', 'switzerland',
  'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga', 'trinidad', 'tunisia', 'turkey', 'turkmenistan', 'uganda', 'ukraine',
  'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'wales', 'yemen', 'zambia', 'zimbabwe', 'puerto rico', 'el salvador', 'costa rica',
  'sri lanka', 'south africa', 'new zealand', 'saudi arabia', 'sierra leone', 'south sudan', 'dominican republic', 'ivory coast',
]);
