// The idle warning's texts in the 40 languages of docs/contract.md §6. They load with the idle module
// only (a page without `idle-timeout` never gets them). `{time}` is the time left as the language says
// it ("in 30 seconds"), made by Intl.RelativeTimeFormat.

/** The warning's texts in one language. */
export interface IdleTexts {
  /** The dialog's heading. */
  title: string;
  /** Why it opened. */
  message: string;
  /** What the live region announces; `{time}` is the time left ("in 30 seconds"). */
  left: string;
  /** The button that ends the warning. */
  stay: string;
  /** The button that signs out at once. */
  leave: string;
}

type Row = [title: string, message: string, left: string, stay: string, leave: string];

const ROWS: Record<string, Row> = {
  en: ['Are you still there?', 'For your security, you will be signed out soon because you have been inactive.', 'You will be signed out {time}.', 'Stay signed in', 'Sign out now'],
  ar: ['هل ما زلت هنا؟', 'حفاظًا على أمانك، سيتم تسجيل خروجك قريبًا بسبب عدم النشاط.', 'سيتم تسجيل خروجك {time}.', 'البقاء مسجّلاً الدخول', 'تسجيل الخروج الآن'],
  bg: ['Още ли сте тук?', 'За ваша сигурност скоро ще излезете от профила си поради неактивност.', 'Ще излезете от профила си {time}.', 'Оставане в профила', 'Изход сега'],
  ca: ['Encara hi sou?', 'Per la vostra seguretat, aviat se us tancarà la sessió per inactivitat.', 'Se us tancarà la sessió {time}.', 'Mantén la sessió', 'Tanca la sessió ara'],
  cs: ['Jste tu ještě?', 'Z bezpečnostních důvodů budete kvůli nečinnosti brzy odhlášeni.', 'Budete odhlášeni {time}.', 'Zůstat přihlášen', 'Odhlásit se hned'],
  da: ['Er du der stadig?', 'Af sikkerhedshensyn bliver du snart logget ud, fordi du har været inaktiv.', 'Du bliver logget ud {time}.', 'Forbliv logget ind', 'Log ud nu'],
  de: ['Sind Sie noch da?', 'Zu Ihrer Sicherheit werden Sie wegen Inaktivität bald abgemeldet.', 'Sie werden {time} abgemeldet.', 'Angemeldet bleiben', 'Jetzt abmelden'],
  el: ['Είστε ακόμα εδώ;', 'Για την ασφάλειά σας, σύντομα θα αποσυνδεθείτε λόγω αδράνειας.', 'Θα αποσυνδεθείτε {time}.', 'Παραμονή σε σύνδεση', 'Αποσύνδεση τώρα'],
  es: ['¿Sigue ahí?', 'Por su seguridad, pronto se cerrará su sesión por inactividad.', 'Su sesión se cerrará {time}.', 'Mantener la sesión', 'Cerrar sesión ahora'],
  'es-mx': ['¿Sigues ahí?', 'Por tu seguridad, pronto se cerrará tu sesión por inactividad.', 'Tu sesión se cerrará {time}.', 'Seguir con la sesión', 'Cerrar sesión ya'],
  fa: ['هنوز اینجا هستید؟', 'برای امنیت شما، به‌دلیل عدم فعالیت به‌زودی از حساب خود خارج می‌شوید.', '{time} از حساب خود خارج می‌شوید.', 'ماندن در حساب', 'خروج همین حالا'],
  fi: ['Oletko vielä paikalla?', 'Turvallisuutesi vuoksi sinut kirjataan pian ulos, koska et ole ollut aktiivinen.', 'Sinut kirjataan ulos {time}.', 'Pysy kirjautuneena', 'Kirjaudu ulos nyt'],
  fr: ['Êtes-vous toujours là ?', 'Pour votre sécurité, vous allez bientôt être déconnecté pour cause d’inactivité.', 'Vous serez déconnecté {time}.', 'Rester connecté', 'Se déconnecter maintenant'],
  he: ['עדיין כאן?', 'מטעמי אבטחה, החשבון ינותק בקרוב בגלל חוסר פעילות.', 'החשבון ינותק {time}.', 'להישאר מחובר', 'להתנתק עכשיו'],
  hr: ['Jeste li još tu?', 'Radi vaše sigurnosti uskoro ćete biti odjavljeni zbog neaktivnosti.', 'Bit ćete odjavljeni {time}.', 'Ostani prijavljen', 'Odjavi se sada'],
  hu: ['Még itt van?', 'Biztonsága érdekében inaktivitás miatt hamarosan kijelentkeztetjük.', 'Kijelentkeztetjük {time}.', 'Bejelentkezve maradok', 'Kijelentkezés most'],
  id: ['Apakah Anda masih di sana?', 'Demi keamanan, Anda akan segera dikeluarkan karena tidak aktif.', 'Anda akan dikeluarkan {time}.', 'Tetap masuk', 'Keluar sekarang'],
  it: ['Sei ancora lì?', 'Per la tua sicurezza, a breve verrai disconnesso per inattività.', 'Verrai disconnesso {time}.', 'Resta connesso', 'Esci ora'],
  ja: ['まだ操作していますか？', 'セキュリティのため、操作がないとまもなくサインアウトされます。', '{time}にサインアウトされます。', 'サインインしたままにする', '今すぐサインアウト'],
  ko: ['아직 계신가요?', '보안을 위해 활동이 없어 곧 로그아웃됩니다.', '{time} 로그아웃됩니다.', '로그인 유지', '지금 로그아웃'],
  ms: ['Anda masih di sana?', 'Demi keselamatan anda, anda akan dilog keluar tidak lama lagi kerana tidak aktif.', 'Anda akan dilog keluar {time}.', 'Kekal log masuk', 'Log keluar sekarang'],
  nl: ['Bent u er nog?', 'Voor uw veiligheid wordt u binnenkort afgemeld wegens inactiviteit.', 'U wordt {time} afgemeld.', 'Aangemeld blijven', 'Nu afmelden'],
  no: ['Er du der fortsatt?', 'Av sikkerhetshensyn blir du snart logget ut fordi du har vært inaktiv.', 'Du blir logget ut {time}.', 'Forbli pålogget', 'Logg ut nå'],
  pl: ['Czy nadal tu jesteś?', 'Ze względów bezpieczeństwa wkrótce nastąpi wylogowanie z powodu braku aktywności.', 'Wylogowanie nastąpi {time}.', 'Pozostań zalogowany', 'Wyloguj teraz'],
  pt: ['Ainda está aí?', 'Por segurança, a sua sessão será terminada em breve por inatividade.', 'A sua sessão será terminada {time}.', 'Manter sessão iniciada', 'Terminar sessão agora'],
  'pt-br': ['Você ainda está aí?', 'Por segurança, você será desconectado em breve por inatividade.', 'Você será desconectado {time}.', 'Continuar conectado', 'Sair agora'],
  ro: ['Mai sunteți acolo?', 'Pentru siguranța dvs., veți fi deconectat în curând din cauza inactivității.', 'Veți fi deconectat {time}.', 'Rămâneți conectat', 'Deconectare acum'],
  ru: ['Вы ещё здесь?', 'В целях безопасности вы скоро выйдете из аккаунта из-за бездействия.', 'Вы выйдете из аккаунта {time}.', 'Остаться в аккаунте', 'Выйти сейчас'],
  sk: ['Ste tu ešte?', 'Z bezpečnostných dôvodov budete pre nečinnosť čoskoro odhlásení.', 'Budete odhlásení {time}.', 'Zostať prihlásený', 'Odhlásiť sa teraz'],
  sl: ['Ste še tukaj?', 'Zaradi vaše varnosti boste zaradi nedejavnosti kmalu odjavljeni.', 'Odjavljeni boste {time}.', 'Ostani prijavljen', 'Odjavi se zdaj'],
  sr: ['Да ли сте још ту?', 'Ради ваше безбедности, ускоро ћете бити одјављени због неактивности.', 'Бићете одјављени {time}.', 'Остани пријављен', 'Одјави се сада'],
  sv: ['Är du kvar?', 'Av säkerhetsskäl loggas du snart ut eftersom du har varit inaktiv.', 'Du loggas ut {time}.', 'Förbli inloggad', 'Logga ut nu'],
  th: ['คุณยังอยู่หรือไม่', 'เพื่อความปลอดภัย คุณจะถูกออกจากระบบในไม่ช้าเนื่องจากไม่มีการใช้งาน', 'คุณจะถูกออกจากระบบ{time}', 'อยู่ในระบบต่อ', 'ออกจากระบบเลย'],
  tl: ['Nandiyan ka pa ba?', 'Para sa iyong seguridad, mala-log out ka na dahil wala kang aktibidad.', 'Mala-log out ka {time}.', 'Manatiling naka-sign in', 'Mag-sign out na'],
  tr: ['Hâlâ orada mısınız?', 'Güvenliğiniz için, etkinlik olmadığından oturumunuz yakında kapatılacak.', 'Oturumunuz {time} kapatılacak.', 'Oturumu açık tut', 'Şimdi çıkış yap'],
  uk: ['Ви ще тут?', 'З міркувань безпеки вас незабаром буде виведено з акаунта через неактивність.', 'Вас буде виведено з акаунта {time}.', 'Залишитися в акаунті', 'Вийти зараз'],
  vi: ['Bạn vẫn ở đó chứ?', 'Vì lý do bảo mật, bạn sẽ sớm bị đăng xuất do không hoạt động.', 'Bạn sẽ bị đăng xuất {time}.', 'Duy trì đăng nhập', 'Đăng xuất ngay'],
  'zh-cn': ['您还在吗？', '为了您的安全，由于长时间未操作，您即将被退出登录。', '您将在{time}退出登录。', '保持登录', '立即退出'],
  'zh-hk': ['你仍在嗎？', '為保障你的安全，由於你一段時間沒有操作，即將為你登出。', '將於{time}為你登出。', '保持登入', '立即登出'],
  'zh-tw': ['您還在嗎？', '為了您的安全，由於長時間未操作，您即將被登出。', '您將於{time}被登出。', '保持登入', '立即登出'],
}; // prettier-ignore

/** The aliases of docs/contract.md §6 (rows of the language table) and the language each means. */
const ALIASES: Record<string, string> = {
  zh: 'zh-cn',
  'zh-hans': 'zh-cn',
  'zh-hant': 'zh-tw',
  'zh-hant-hk': 'zh-hk',
  'zh-mo': 'zh-hk',
  nb: 'no',
  nn: 'no',
  iw: 'he',
  fil: 'tl',
};

/** The languages of the warning: the 40 of docs/contract.md §6. */
export const IDLE_LANGUAGES = Object.keys(ROWS);

const hasOwn = Object.prototype.hasOwnProperty;

/** The language an element speaks (its row in the language table, or an alias of one), else English. */
export function idleLanguage(code: string): string {
  const language = hasOwn.call(ALIASES, code) ? ALIASES[code] : code;
  return hasOwn.call(ROWS, language) ? language : 'en';
}

/** The warning's texts for a language code ({@link idleLanguage}). */
export function idleTexts(code: string): IdleTexts {
  const [title, message, left, stay, leave] = ROWS[idleLanguage(code)];
  return { title, message, left, stay, leave };
}

/** Intl's name for a language where it differs (Tagalog is Filipino to ICU; Norwegian, Bokmål). */
const INTL: Record<string, string> = { tl: 'fil', no: 'nb' };

/** The time left as `{time}` says it: seconds under two minutes, else whole minutes (rounded up). */
export function timeLeft(code: string, seconds: number): string {
  const language = idleLanguage(code);
  const format = new Intl.RelativeTimeFormat(INTL[language] ?? language, { numeric: 'always' });
  return seconds < 120 ? format.format(seconds, 'second') : format.format(Math.ceil(seconds / 60), 'minute');
}

/** The visible countdown: `m:ss`. */
export const countdown = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
