import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'src/payments.ts', code: 'const paymentsApiUrl = "https://payments.staging.acme.io/v2";\n' },
    { file: 'src/client.js', code: 'const res = await fetch("https://orders.acme.io/api/orders");\n' },
    // A file named after the vendor still reports a host that names an environment.
    { file: 'src/acmeClient.ts', code: 'const acmeApiUrl = "https://api.staging.acme.io/v2";\n' },
    { file: 'src/api.ts', code: 'export const api = axios.create({ baseURL: "https://api.acme.io" });\n' },
    { file: 'src/orders.ts', code: 'const url = `https://orders.acme.io/orders/${id}`;\n' },
    { file: 'src/App.tsx', code: 'export const config = { apiEndpoint: "https://api.acme.io/graphql" };\n' },
    { file: 'app/settings.py', code: 'BASE_URL = "http://inventory.internal:8080"\n' },
    { file: 'app/client.py', code: 'import requests\nresp = requests.get("https://auth.corp.acme.com/token")\n' },
    { file: 'app/api.py', code: 'class Client:\n    def __init__(self, base_url="https://billing.acme.io"):\n        self.base_url = base_url\n' },
    { file: 'src/search.ts', code: 'const searchHost = "search-api.prod.internal:8443";\n' },
    { file: 'src/realtime.js', code: 'const socket = new WebSocket("wss://realtime.acme.io/socket");\n' },
    { file: 'app/proxy.py', code: 'UPSTREAM_HOST = "ledger.corp.acme.com"\n' },
    // Go
    { file: 'internal/auth/client.go', code: 'package auth\n\nfunc Token() (*http.Response, error) {\n\treturn http.Get("https://auth.corp.acme.com/token")\n}\n' },
    { file: 'internal/billing/client.go', code: 'package billing\n\nconst billingURL = "https://billing.prod.acme.com/v1"\n' },
    { file: 'internal/orders/client.go', code: 'package orders\n\nfunc newReq() (*http.Request, error) {\n\treturn http.NewRequest("POST", "https://orders.acme.io/api", nil)\n}\n' },
    // Java
    { file: 'src/main/java/com/acme/Billing.java', code: 'class Billing {\n  WebClient webClient = WebClient.create("https://billing.prod.acme.com");\n}\n' },
    { file: 'src/main/java/com/acme/Crm.java', code: 'class Crm {\n  Request req = new Request.Builder().url("https://crm.acme.io/api/leads").build();\n}\n' },
    { file: 'src/main/java/com/acme/Config.java', code: 'class Config {\n  private static final String PAYMENTS_API_URL = "https://payments.acme.io";\n}\n' },
    // C#
    { file: 'src/Crm/Startup.cs', code: 'class Startup {\n  void Configure(HttpClient client) {\n    client.BaseAddress = new Uri("https://crm.acme-prod.net/");\n  }\n}\n' },
    { file: 'src/Crm/Client.cs', code: 'class Client {\n  HttpClient http = new HttpClient { BaseAddress = new Uri("https://crm.acme.io/") };\n}\n' },
    // Ruby
    { file: 'app/services/search_client.rb', code: 'conn = Faraday.new(url: "https://search.internal:9200")\n' },
    { file: 'app/services/rates.rb', code: 'body = Net::HTTP.get(URI("https://rates.acme.io/v1/latest"))\n' },
    // PHP
    { file: 'src/Erp.php', code: "<?php\n$client = new Client(['base_uri' => 'https://erp.acme.local/api/']);\n" },
    { file: 'src/Rates.php', code: '<?php\n$ch = curl_init("https://rates.acme.io/v1/latest");\n' },
    // Application config
    { file: 'src/main/resources/application.properties', code: 'billing.url=https://billing.prod.acme.com\n' },
    { file: 'src/main/resources/application-prod.yml', code: 'billing:\n  base-url: https://billing.prod.acme.com/api\n' },
    { file: 'src/Api/appsettings.json', code: '{\n  "Crm": {\n    "BaseUrl": "https://crm.acme.io/api"\n  }\n}\n' },
    { file: 'config/settings.yaml', code: 'payments:\n  endpoint: https://payments.acme.io/v2\n' },
  ],
  valid: [
    // Public map services are the same in every deploy (a framework's default base layer).
    { file: 'geo/admin.py', code: "class MapAdmin:\n    wms_url = 'http://vmap0.tiles.osgeo.org/wms/vmap0'\n    tiles = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'\n" },
    { file: 'src/payments.ts', code: 'const paymentsApiUrl = process.env.PAYMENTS_API_URL;\n' },
    // Gem metadata: links for people to read.
    { file: 'acme.gemspec', code: 'Gem::Specification.new do |s|\n  s.metadata = { "documentation_uri" => "https://api.acme.io/v1.2/", "mailing_list_uri" => "https://groups.acme.io/acme" }\nend\n' },
    // A vendor's own client: the host is that service's public API, the same in every deploy.
    { file: 'src/Handler/MandrillHandler.php', code: "<?php\ncurl_setopt($ch, CURLOPT_URL, 'https://mandrillapp.com/api/1.0/messages/send-raw.json');\n" },
    { file: 'src/Handler/FleepHookHandler.php', code: "<?php\nclass FleepHookHandler { protected const FLEEP_HOST = 'fleep.io'; }\n" },
    // A CDN script is an asset to load; a protocol URI is an identifier sent in a header.
    { file: 'gis/admin/options.py', code: "class GeoModelAdmin:\n    openlayers_url = 'https://cdnjs.cloudflare.com/ajax/libs/openlayers/2.13.1/OpenLayers.js'\n" },
    { file: 'src/Handler/WildfireHandler.php', code: "<?php\nclass WildfireHandler { protected const PROTOCOL_URI = 'http://meta.wildfirehq.org/Protocol/JsonStream/0.2'; }\n" },
    // Commented as a stand-in by its author; Symfony's mailer DSN that delivers nowhere.
    { file: 'serving.py', code: 'def get_interface_ip(family):\n    # arbitrary private address\n    host = "10.253.155.219"\n    return host\n' },
    { file: 'src/FrameworkExtension.php', code: "<?php\nif (null === $config['dsn']) {\n    $config['dsn'] = 'smtp://null';\n}\n" },
    // The stand-in remote address of a test recorder.
    { file: 'httptest/recorder.go', code: 'package httptest\n\nconst DefaultRemoteAddr = "1.2.3.4"\n' },
    // Reverse-DNS names under .arpa are DNS infrastructure, not a service.
    { file: 'src/Resolver.java', code: 'class Resolver { String authHost(String h) { String authHost = "auth." + h + "IP6.ARPA"; return authHost; } }\n' },
    { file: 'src/client.js', code: 'const res = await fetch("/api/orders");\n' },
    { file: 'src/local.ts', code: 'const apiUrl = "http://localhost:4000";\n' },
    { file: 'src/docs.ts', code: 'const example = { apiUrl: "https://api.example.com/v1" };\n' },
    { file: 'src/icon.tsx', code: 'const Icon = () => <svg xmlns="http://www.w3.org/2000/svg" />;\n' },
    { file: 'src/link.tsx', code: 'const Help = () => <a href="https://docs.acme.io/help">Help</a>;\n' },
    { file: 'src/comment.ts', code: '// Calls https://api.acme.io/v1 through the gateway\nconst apiUrl = process.env.API_URL;\n' },
    { file: 'src/log.ts', code: 'logger.info("Connecting to https://api.acme.io");\n' },
    { file: 'src/error.ts', code: 'throw new Error("Could not reach https://api.acme.io");\n' },
    { file: 'src/fallback.ts', code: 'const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";\n' },
    { file: 'src/schema.ts', code: 'const schema = { $schema: "https://json-schema.org/draft/2020-12/schema" };\n' },
    { file: 'src/compare.ts', code: 'if (origin === "https://app.acme.io") allow();\n' },
    { file: 'src/constants.ts', code: 'const GREETING = "hello.world";\nconst releaseNotes = "https://acme.io/releases";\n' },
    { file: 'app/settings.py', code: 'import os\nBASE_URL = os.environ.get("INVENTORY_URL", "http://localhost:8080")\n' },
    { file: 'app/doc.py', code: 'def f():\n    """Fetches https://api.acme.io/v1/orders."""\n    return 1\n' },
    { file: 'app/log.py', code: 'logging.info("talking to %s", "https://api.acme.io")\n' },
    { file: 'app/errors.py', code: 'raise ValueError("bad url https://api.acme.io")\n' },
    { file: 'app/env.py', code: 'import os\nAPI_URL = os.getenv("API_URL") or "http://localhost:9000"\n' },
    { file: 'src/rule.js', code: 'module.exports = { meta: { docs: { description: "x", url: "https://eslint.org/docs/latest/rules/x" } } };\n' },
    { file: 'src/links.ts', code: 'const sourceUrl = "https://github.com/acme/payments/blob/main/README.md";\nconst helpUrl = "https://acme.io/guide/setup#proxy";\n' },
    { file: 'src/imds.ts', code: 'const IMDS_ENDPOINT = "http://169.254.169.254/metadata/instance";\n' },
    { file: 'app/compat.py', code: 'RENAMES = {"BaseHTTPServer": "http.server", "SocketServer": "socketserver"}\n' },
      { file: 'internal/auth/client.go', code: 'package auth\n\nfunc Token(cfg Config) (*http.Response, error) {\n\treturn http.Get(cfg.AuthURL)\n}\n' },
    { file: 'internal/ns/ns.go', code: 'package ns\n\nconst xmlNamespace = "http://www.w3.org/2005/Atom"\n' },
    { file: 'src/main/java/com/acme/Billing.java', code: 'class Billing {\n  @Value("${billing.url}") String billingUrl;\n  WebClient webClient = WebClient.create(billingUrl);\n}\n' },
    { file: 'src/main/java/com/acme/Local.java', code: 'class Local {\n  static final String API_URL = "http://localhost:8080";\n}\n' },
    { file: 'src/Crm/Startup.cs', code: 'class Startup {\n  void Configure(HttpClient client, IConfiguration config) {\n    client.BaseAddress = new Uri(config["Crm:BaseUrl"]!);\n  }\n}\n' },
    { file: 'src/Crm/Docs.cs', code: 'class Docs {\n  const string HelpLink = "https://docs.acme.io/crm";\n  void F() { throw new InvalidOperationException("see https://crm.acme.io/status"); }\n}\n' },
    { file: 'app/services/search_client.rb', code: 'conn = Faraday.new(url: ENV.fetch("SEARCH_URL"))\n' },
    { file: 'app/services/rates.rb', code: 'RATES_URL = ENV.fetch("RATES_URL", "http://localhost:4000")\n' },
    { file: 'src/Erp.php', code: "<?php\n$client = new Client(['base_uri' => getenv('ERP_API_URL')]);\n" },
    { file: 'src/Link.php', code: '<?php\necho "<a href=\\"https://acme.io/help\\">Help</a>";\n' },
    { file: 'src/main/resources/application.properties', code: 'billing.url=${BILLING_URL}\npayments.url=${PAYMENTS_URL:http://localhost:8081}\n' },
    { file: 'src/main/resources/application.yml', code: 'management:\n  server:\n    address: 127.0.0.1\ninfo:\n  docs: https://acme.io/wiki/billing\n' },
    { file: 'src/Api/appsettings.Development.json', code: '{\n  "Crm": {\n    "BaseUrl": "http://localhost:5005"\n  }\n}\n' },
    { file: 'docker-compose.yml', code: 'services:\n  web:\n    image: acme/web\n    environment:\n      API_URL: https://api.acme.io\n' },
    { file: 'package.json', code: '{\n  "name": "web",\n  "homepage": "https://acme.io",\n  "repository": "https://github.com/acme/web"\n}\n' },
  ],
};
