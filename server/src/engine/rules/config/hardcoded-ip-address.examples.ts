import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'src/metrics.ts', code: 'const statsdIp = "10.12.0.7";\n' },
    { file: 'src/proxy.ts', code: 'app.set("trust proxy", ["10.12.0.0/16"]);\nconst trustedProxies = ["10.12.0.0/16", "10.13.0.0/16"];\n' },
    { file: 'app/worker.py', code: 'import socket\nsock = socket.socket()\nsock.connect(("192.168.12.42", 9090))\n' },
    { file: 'app/peers.py', code: 'import ipaddress\nPEER = ipaddress.ip_address("172.31.4.10")\n' },
    { file: 'cmd/agent/main.go', code: 'package main\n\nvar statsdIP = "172.16.3.9"\n' },
    { file: 'cmd/agent/peers.go', code: 'package main\n\nvar peerIP = net.ParseIP("10.4.0.21")\n' },
    { file: 'src/main/java/com/acme/Node.java', code: 'class Node {\n  InetAddress peer() throws Exception {\n    return InetAddress.getByName("10.0.0.12");\n  }\n}\n' },
    { file: 'src/main/java/com/acme/Cluster.java', code: 'class Cluster {\n  static final String SEED_NODE = "10.0.8.3";\n}\n' },
    { file: 'src/Net/Peers.cs', code: 'class Peers {\n  IPAddress Gateway() => IPAddress.Parse("10.1.1.20");\n}\n' },
    { file: 'src/Net/Relay.cs', code: 'class Relay {\n  const string RelayIp = "192.168.40.2";\n}\n' },
    { file: 'app/services/allow.rb', code: 'OFFICE_NETWORK = IPAddr.new("10.20.0.0/16")\n' },
    { file: 'config/initializers/peers.rb', code: 'PEER_IP = "10.20.0.4"\n' },
    { file: 'src/Stats.php', code: "<?php\nsocket_connect(\$sock, '10.0.0.40', 8125);\n" },
    { file: 'src/Relay.php', code: "<?php\n\$relayIp = '192.168.40.2';\n" },
    { file: 'src/main/resources/application.properties', code: 'statsd.ip=10.12.0.7\n' },
    { file: 'config/settings.yml', code: 'security:\n  trusted_proxies:\n    - 10.12.0.0/16\n' },
  ],
  valid: [
    // The author says the address is a stand-in: a UDP probe that sends nothing, to learn the local interface.
    { file: 'serving.py', code: 'def get_interface_ip(family):\n    # arbitrary private address\n    host = "fd31:f903:5ab5:1::1" if family == socket.AF_INET6 else "10.253.155.219"\n    with socket.socket(family, socket.SOCK_DGRAM) as s:\n        s.connect((host, 58162))\n'
    },
    // IPv6 netmasks used to anonymise client addresses.
    { file: 'src/IpUtils.php', code: "<?php\n$mask = '::ffff:ffff:ff00';\n$masked = inet_pton('::ffff:ffff:ffff');\n" },
    { file: 'src/redis.ts', code: 'const redisHost = "127.0.0.1";\n' },
    { file: 'src/server.ts', code: 'app.listen(port, "0.0.0.0");\n' },
    { file: 'src/docs.ts', code: 'const exampleIp = "203.0.113.10";\n' },
    { file: 'src/ranges.ts', code: 'const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];\n' },
    { file: 'app/server.py', code: 'sock.bind(("0.0.0.0", port))\n' },
    { file: 'app/meta.py', code: 'METADATA_IP = "169.254.169.254"\n' },
    { file: 'cmd/agent/main.go', code: 'package main\n\nfunc main() {\n\tconn, _ := net.Dial("tcp", os.Getenv("AMQP_ADDR"))\n\t_ = conn\n}\n' },
    { file: 'cmd/agent/dns.go', code: 'package main\n\nconst fallbackResolver = "8.8.8.8"\n' },
    { file: 'src/main/java/com/acme/Cert.java', code: 'class Cert {\n  static final String COMMON_NAME_OID = "2.5.4.3";\n}\n' },
    { file: 'src/main/java/com/acme/Log.java', code: 'class Log {\n  void f() { log.info("peer 10.0.0.12 is down"); }\n}\n' },
    { file: 'src/Net/Peers.cs', code: 'class Peers {\n  IPAddress Local() => IPAddress.Loopback;\n}\n' },
    { file: 'Properties/AssemblyInfo.cs', code: '[assembly: AssemblyVersion("1.0.0.0")]\n' },
    { file: 'lib/acme/version.rb', code: 'module Acme\n  VERSION = "1.2.3.4"\nend\n' },
    { file: 'app/services/ping.rb', code: 'sock = TCPSocket.new(ENV.fetch("PING_HOST"), 7000)\n' },
    { file: 'src/Docs.php', code: "<?php\n\$docIp = '203.0.113.10';\n" },
    { file: 'src/Cache.php', code: "<?php\n\$mc->addServer(getenv('MEMCACHED_HOST'), 11211);\n" },
    { file: 'src/main/resources/application.properties', code: 'server.address=0.0.0.0\nmanagement.address=127.0.0.1\n' },
    { file: 'src/main/java/com/acme/Api.java', code: 'class Api {\n  static final String API_URL = "http://10.0.0.5:8080/api";\n}\n' },
  ],
};
