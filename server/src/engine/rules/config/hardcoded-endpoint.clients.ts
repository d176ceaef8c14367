/**
 * Network clients per language: which argument is the address they talk to.
 * Data only; `hardcoded-endpoint.ts` reads it.
 */
import type { CodeLanguage } from '../../types';

export interface ClientCall {
  callee: RegExp;
  /** Argument holding the URL (or host). */
  arg: number;
  /** The call also takes a bare `host[:port]` (sockets, gRPC dialers), not only URLs. */
  hostOk?: boolean;
  /** The argument before must be this text (`curl_setopt($ch, CURLOPT_URL, …)`). */
  after?: RegExp;
}

/** Calls in every language whose first argument is the address they talk to. */
export const COMMON_CLIENTS: readonly ClientCall[] = [
  { callee: /(^|\.)(fetch|get|post|put|patch|delete|head|options|request|urlopen|Request|connect|create_connection|createConnection|createClient|createPool|from_url|fromURL|URL|WebSocket|EventSource|io|got|ky|axios|superagent|needle|ClientSession|AsyncClient|Client|Session)$/, arg: 0 },
];

const JS_PY: readonly ClientCall[] = [
  // `requests.request("GET", url)`, `httpx.request(...)`, `session.request(...)`.
  { callee: /(^|\.)(requests|httpx|session|client)\.request$/, arg: 1 },
];

const GO: readonly ClientCall[] = [
  { callee: /^http\.(Get|Post|Head|PostForm)$|^(http\.DefaultClient|client|c|httpClient)\.(Get|Post|Head|PostForm)$/, arg: 0 },
  { callee: /^http\.NewRequest$/, arg: 1 },
  { callee: /^http\.NewRequestWithContext$/, arg: 2 },
  { callee: /^websocket\.(DefaultDialer\.)?Dial$|^grpc\.(Dial|NewClient)$/, arg: 0, hostOk: true },
  { callee: /^websocket\.(DefaultDialer\.)?DialContext$|^grpc\.DialContext$|^(net|tls)\.(Dial|DialTimeout)$/, arg: 1, hostOk: true },
  { callee: /\.(SetBaseURL|SetHostURL)$/, arg: 0 },
];

const JAVA: readonly ClientCall[] = [
  { callee: /^WebClient\.create$|\.(baseUrl|uri|getForObject|getForEntity|postForObject|postForEntity|postForLocation|patchForObject|headForHeaders|optionsForAllow)$/, arg: 0 },
  { callee: /Request\.Builder\(\)\.url$|^HttpRequest\.newBuilder$/, arg: 0 },
  { callee: /(^|\.)exchange$/, arg: 0 },
  { callee: /^(Socket|InetSocketAddress)$/, arg: 0, hostOk: true },
];

const CSHARP: readonly ClientCall[] = [
  { callee: /\.(GetAsync|PostAsync|PutAsync|DeleteAsync|PatchAsync|GetStringAsync|GetStreamAsync|GetByteArrayAsync|GetFromJsonAsync|PostAsJsonAsync|PutAsJsonAsync|DownloadString|DownloadStringTaskAsync|UploadString|OpenRead)$/, arg: 0 },
  { callee: /^(RestClient|WebRequest\.Create|WebRequest\.CreateHttp|GrpcChannel\.ForAddress|ClientWebSocket\.ConnectAsync)$/, arg: 0 },
  { callee: /^HttpRequestMessage$/, arg: 1 },
  { callee: /^TcpClient$/, arg: 0, hostOk: true },
];

const RUBY: readonly ClientCall[] = [
  { callee: /^(Faraday|Excon|HTTPX)\.(new|get|post|put|patch|delete)$|^URI\.open$/, arg: 0 },
  { callee: /^Net\.HTTP\.(get|get_response|post_form|post)$/, arg: 0 },
  { callee: /^Net\.HTTP\.(start|new)$|^TCPSocket\.(new|open)$/, arg: 0, hostOk: true },
];

const PHP: readonly ClientCall[] = [
  { callee: /^(curl_init|file_get_contents|wp_remote_get|wp_remote_post|wp_remote_request)$/, arg: 0 },
  { callee: /^curl_setopt$/, arg: 2, after: /^CURLOPT_URL$/ },
  { callee: /\.request(Async)?$/, arg: 1 },
  { callee: /^(fsockopen|stream_socket_client)$/, arg: 0, hostOk: true },
];

export const CLIENTS: Readonly<Record<CodeLanguage, readonly ClientCall[]>> = {
  javascript: JS_PY, typescript: JS_PY, tsx: JS_PY, python: JS_PY, go: GO, java: JAVA, csharp: CSHARP, ruby: RUBY, php: PHP,
};

/** Calls that only wrap an address for another call (`new Uri(…)`, `URI.create(…)`, `URI(…)`): look at what receives them. */
export const WRAPPERS = /^(Uri|URI|URI\.create|URI\.parse|URL|url\.Parse|Addressable\.URI\.parse|new URL)$/;
