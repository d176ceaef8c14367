/**
 * Backing-service clients per language: which call receives a locator, in
 * which positional argument or option key. Data only; `locator.ts` reads it.
 */
import type { CodeLanguage } from '../../types';

export type Service =
  | 'database' | 'redis' | 'memcached' | 'amqp' | 'kafka' | 'mongodb' | 'elasticsearch' | 'smtp' | 'sentry' | 's3' | 'nats' | 'mqtt';

export interface ServiceInfo {
  label: string;
  /** Conventional variable for a URL or connection string (catalog C.3). */
  urlEnv: string;
  /** Conventional variable for a bare host (`host[:port]`). */
  hostEnv: string;
}

export const SERVICES: Readonly<Record<Service, ServiceInfo>> = {
  database: { label: 'database', urlEnv: 'DATABASE_URL', hostEnv: 'DATABASE_HOST' },
  redis: { label: 'Redis', urlEnv: 'REDIS_URL', hostEnv: 'REDIS_HOST' },
  memcached: { label: 'Memcached', urlEnv: 'MEMCACHED_SERVERS', hostEnv: 'MEMCACHED_SERVERS' },
  amqp: { label: 'message broker', urlEnv: 'AMQP_URL', hostEnv: 'AMQP_HOST' },
  kafka: { label: 'Kafka', urlEnv: 'KAFKA_BROKERS', hostEnv: 'KAFKA_BROKERS' },
  mongodb: { label: 'MongoDB', urlEnv: 'MONGODB_URI', hostEnv: 'MONGODB_HOST' },
  elasticsearch: { label: 'search cluster', urlEnv: 'ELASTICSEARCH_URL', hostEnv: 'ELASTICSEARCH_URL' },
  smtp: { label: 'mail server', urlEnv: 'SMTP_URL', hostEnv: 'SMTP_HOST' },
  sentry: { label: 'error tracker', urlEnv: 'SENTRY_DSN', hostEnv: 'SENTRY_DSN' },
  s3: { label: 'object storage', urlEnv: 'S3_ENDPOINT', hostEnv: 'S3_ENDPOINT' },
  nats: { label: 'NATS', urlEnv: 'NATS_URL', hostEnv: 'NATS_URL' },
  mqtt: { label: 'MQTT broker', urlEnv: 'MQTT_URL', hostEnv: 'MQTT_URL' },
};

/** Locator schemes and the service they name. */
export const SCHEME_SERVICE: ReadonlyMap<string, Service> = new Map<string, Service>([
  ...(['postgres', 'postgresql', 'mysql', 'mariadb', 'mssql', 'sqlserver', 'oracle', 'ado', 'cockroachdb', 'clickhouse',
    'cassandra', 'neo4j', 'bolt', 'couchbase', 'pdo-mysql', 'pdo-pgsql', 'pdo-sqlsrv', 'pdo-oci', 'pdo-dblib'] as const).map((s) => [s, 'database'] as [string, Service]),
  ['redis', 'redis'], ['rediss', 'redis'], ['memcached', 'memcached'], ['amqp', 'amqp'], ['amqps', 'amqp'],
  ['kafka', 'kafka'], ['mongodb', 'mongodb'], ['mongodb+srv', 'mongodb'], ['pdo-mongodb', 'mongodb'],
  ['elasticsearch', 'elasticsearch'], ['smtp', 'smtp'], ['smtps', 'smtp'], ['nats', 'nats'], ['mqtt', 'mqtt'], ['mqtts', 'mqtt'],
]);

/** Name tokens (UPPER_SNAKE) that name a backing service, in identifiers and enclosing keys. */
export const SERVICE_WORDS: ReadonlyMap<string, Service> = new Map<string, Service>([
  ...(['DB', 'DATABASE', 'DATABASES', 'DATASOURCE', 'POSTGRES', 'POSTGRESQL', 'PG', 'PGSQL', 'MYSQL', 'MARIADB', 'MSSQL',
    'SQLSRV', 'SQLSERVER', 'JDBC', 'R2DBC', 'CONNECTIONSTRINGS'] as const).map((w) => [w, 'database'] as [string, Service]),
  ['REDIS', 'redis'], ['MEMCACHED', 'memcached'], ['MEMCACHE', 'memcached'], ['AMQP', 'amqp'], ['RABBIT', 'amqp'],
  ['RABBITMQ', 'amqp'], ['BROKER', 'amqp'], ['KAFKA', 'kafka'], ['MONGO', 'mongodb'], ['MONGODB', 'mongodb'],
  ['ELASTICSEARCH', 'elasticsearch'], ['OPENSEARCH', 'elasticsearch'], ['SMTP', 'smtp'], ['SENTRY', 'sentry'],
  ['S3', 's3'], ['MINIO', 's3'], ['NATS', 'nats'], ['MQTT', 'mqtt'],
]);

/** Keys and names that hold a locator inside a client's options. */
export const LOCATOR_KEY = /^(host|hosts|hostname|host_name|url|uri|urls|uris|dsn|addr|addrs|address|addresses|server|servers|node|nodes|endpoint|endpoint_url|endpointurl|brokers|seed_brokers|bootstrap_servers|bootstrap\.servers|connection|connection_string|connectionstring|location|contact_?points|jdbc_?url|broker|broker_url|result_backend|backend)$/i;

export interface Sink {
  /** Normalised callee, anchored at a dot or the start. */
  callee: RegExp;
  service: Service;
  /** Positional arguments that hold a locator. */
  args?: readonly number[];
  /** Option names (keyword arguments, object keys, initializer members) that hold a locator; default LOCATOR_KEY. */
  keys?: RegExp;
  /** An import must mention this module (ambiguous names such as `Client` or `createClient`). */
  module?: RegExp;
  /** The first argument must be this string (`props.put("bootstrap.servers", …)`). */
  firstArg?: RegExp;
  /** Ambiguous method names (`setUrl`): the value itself must carry a scheme of this service. */
  schemeOnly?: boolean;
}

const JS: readonly Sink[] = [
  { callee: /^(Pool|Client)$/, service: 'database', args: [0], module: /^(pg|pg-pool|mysql2?(\/promise)?|mariadb|mssql|tedious)$/ },
  { callee: /^Client$/, service: 'elasticsearch', module: /^@(elastic\/elasticsearch|opensearch-project\/opensearch)$/ },
  { callee: /(^|\.)(createPool|createConnection|createPoolCluster)$/, service: 'database', args: [0], module: /^(mysql2?(\/promise)?|mariadb|pg)$/ },
  { callee: /^(Sequelize|Knex|knex|postgres|PrismaClient|DataSource)$/, service: 'database', args: [0] },
  { callee: /^(mongoose\.(connect|createConnection)|MongoClient(\.connect)?)$/, service: 'mongodb', args: [0] },
  { callee: /^(createClient|createCluster)$/, service: 'redis', args: [0], module: /^(redis|@redis\/client)$/ },
  { callee: /^(Redis|IORedis|Redis\.Cluster)$/, service: 'redis', args: [0] },
  { callee: /^(amqp|amqplib|amqpConnectionManager)\.connect$|^connect$/, service: 'amqp', args: [0], module: /^(amqplib|amqplib\/callback_api|amqp-connection-manager)$/ },
  { callee: /^Kafka$/, service: 'kafka' },
  { callee: /^(S3Client|S3|AWS\.S3|Minio\.Client)$/, service: 's3', keys: /^(endpoint|endPoint)$/ },
  { callee: /(^|\.)createTransport$/, service: 'smtp', args: [0] },
  { callee: /^Sentry\.init$/, service: 'sentry', keys: /^dsn$/ },
  { callee: /^Memcached$/, service: 'memcached', args: [0] },
  { callee: /^(nats\.)?connect$/, service: 'nats', module: /^nats$/, keys: /^servers?$/ },
  { callee: /^mqtt\.connect(Async)?$/, service: 'mqtt', args: [0] },
];

const PYTHON: readonly Sink[] = [
  { callee: /^(psycopg2?|psycopg|asyncpg|pymysql|MySQLdb|mysql\.connector|pymssql|pyodbc|aiomysql|aiopg)\.(connect|create_pool)$/, service: 'database', args: [0] },
  { callee: /(^|\.)(create_engine|create_async_engine)$/, service: 'database', args: [0] },
  { callee: /^(pymongo\.)?MongoClient$|(^|\.)AsyncIOMotorClient$/, service: 'mongodb', args: [0] },
  { callee: /^(redis\.(asyncio\.)?|aioredis\.)?(Redis|StrictRedis|from_url|Redis\.from_url)$/, service: 'redis', args: [0] },
  { callee: /^pika\.(ConnectionParameters|URLParameters)$/, service: 'amqp', args: [0] },
  { callee: /^Celery$/, service: 'amqp', keys: /^(broker|backend)$/ },
  { callee: /(^|\.)(client|resource)$/, service: 's3', keys: /^endpoint_url$/, module: /^(boto3|aioboto3|botocore)/ },
  { callee: /^smtplib\.(SMTP|SMTP_SSL)$/, service: 'smtp', args: [0] },
  { callee: /^sentry_sdk\.init$/, service: 'sentry', args: [0], keys: /^dsn$/ },
  { callee: /^(Elasticsearch|OpenSearch|AsyncElasticsearch)$/, service: 'elasticsearch', args: [0] },
  { callee: /^(KafkaProducer|KafkaConsumer|AIOKafkaProducer|AIOKafkaConsumer|Producer|Consumer|AdminClient)$/, service: 'kafka', keys: /^(bootstrap_servers|bootstrap\.servers)$/ },
  { callee: /^(memcache|pymemcache|bmemcached)\.(Client|client)$|^(HashClient|PooledClient)$/, service: 'memcached', args: [0] },
];

const GO: readonly Sink[] = [
  { callee: /^(sql|sqlx)\.(Open|Connect|MustConnect)$/, service: 'database', args: [1] },
  { callee: /^(pgx|pgxpool)\.(Connect|New|NewWithConfig)$/, service: 'database', args: [1] },
  { callee: /^(pgx|pgxpool)\.ParseConfig$|^(postgres|mysql|sqlserver|clickhouse)\.Open$/, service: 'database', args: [0] },
  { callee: /^redis\.(NewClient|NewClusterClient|NewUniversalClient|NewFailoverClient|Options|ClusterOptions|UniversalOptions)$/, service: 'redis', keys: /^(Addr|Addrs)$/ },
  { callee: /^redis\.ParseURL$/, service: 'redis', args: [0] },
  { callee: /^(amqp|amqp091)\.(Dial|DialTLS|DialConfig)$/, service: 'amqp', args: [0] },
  { callee: /(^|\.)ApplyURI$/, service: 'mongodb', args: [0] },
  { callee: /^kafka\.(NewWriter|NewReader|WriterConfig|ReaderConfig|Writer|TCP)$/, service: 'kafka', args: [0], keys: /^(Brokers|Addr)$/ },
  { callee: /^kafka\.(Dial|DialLeader|DialContext)$/, service: 'kafka', args: [1] },
  { callee: /^sarama\.(NewSyncProducer|NewAsyncProducer|NewConsumer|NewClient|NewConsumerGroup)$/, service: 'kafka', args: [0] },
  { callee: /^smtp\.(SendMail|Dial)$/, service: 'smtp', args: [0] },
  { callee: /^(elasticsearch|opensearch)\.(NewClient|Config)$/, service: 'elasticsearch', keys: /^Addresses$/ },
  { callee: /^nats\.Connect$/, service: 'nats', args: [0] },
  { callee: /^sentry\.(Init|ClientOptions)$/, service: 'sentry', keys: /^Dsn$/ },
  { callee: /^memcache\.New$/, service: 'memcached', args: [0] },
  { callee: /^minio\.New$/, service: 's3', args: [0] },
];

const JAVA: readonly Sink[] = [
  { callee: /^DriverManager\.getConnection$/, service: 'database', args: [0] },
  { callee: /\.(setJdbcUrl|setUrl|setURL|url|jdbcUrl)$/, service: 'database', args: [0], schemeOnly: true },
  { callee: /^(JedisPool|Jedis|JedisPooled|JedisCluster|HostAndPort)$|^(RedisClient|RedisURI|RedisClusterClient)\.create$/, service: 'redis', args: [0] },
  { callee: /(^|\.)(connectionFactory|factory|rabbitFactory|cf)\.(setHost|setUri|setAddresses)$/i, service: 'amqp', args: [0] },
  { callee: /^(MongoClients\.create|MongoClient|ConnectionString)$/, service: 'mongodb', args: [0] },
  { callee: /(^|\.)(put|setProperty)$/, service: 'kafka', args: [1], firstArg: /^bootstrap\.servers$/ },
];

const CSHARP: readonly Sink[] = [
  { callee: /^(SqlConnection|NpgsqlConnection|MySqlConnection|OracleConnection|NpgsqlDataSource\.Create|SqlConnectionStringBuilder|NpgsqlConnectionStringBuilder)$/, service: 'database', args: [0] },
  { callee: /\.(UseSqlServer|UseNpgsql|UseMySql|UseMySQL|UseOracle|UseAzureSql)$/, service: 'database', args: [0] },
  { callee: /^ConnectionMultiplexer\.(Connect|ConnectAsync)$/, service: 'redis', args: [0] },
  { callee: /^ConnectionFactory$/, service: 'amqp', keys: /^(HostName|Uri|Endpoint)$/ },
  { callee: /^MongoClient$/, service: 'mongodb', args: [0] },
  { callee: /^SmtpClient$/, service: 'smtp', args: [0], keys: /^Host$/ },
];

const RUBY: readonly Sink[] = [
  { callee: /^(PG\.connect|PG\.Connection\.(new|open|connect)|Mysql2\.Client\.new|Sequel\.connect|ActiveRecord\.Base\.establish_connection)$/, service: 'database', args: [0] },
  { callee: /^(Redis\.new|Redis\.Cluster\.new|RedisClient\.new|RedisClient\.config|ConnectionPool::Wrapper)$/, service: 'redis', args: [0] },
  { callee: /^Bunny\.new$/, service: 'amqp', args: [0] },
  { callee: /^Mongo\.Client\.new$/, service: 'mongodb', args: [0] },
  { callee: /^Dalli\.Client\.new$/, service: 'memcached', args: [0] },
  { callee: /^(Elasticsearch|OpenSearch)\.Client\.new$/, service: 'elasticsearch', args: [0] },
  { callee: /^Kafka\.new$/, service: 'kafka', args: [0], keys: /^seed_brokers$/ },
];

const PHP: readonly Sink[] = [
  { callee: /^(PDO|mysqli)$|^(mysqli_connect|pg_connect|pg_pconnect)$/, service: 'database', args: [0] },
  { callee: /^\$\w*redis\w*\.(connect|pconnect)$/i, service: 'redis', args: [0] },
  { callee: /^(Predis\\Client|Predis\.Client)$|^Client$/, service: 'redis', args: [0], module: /Predis/ },
  { callee: /^(AMQPStreamConnection|AMQPSSLConnection|AMQPSocketConnection)$/, service: 'amqp', args: [0] },
  { callee: /^(MongoDB\\Client|MongoDB\.Client)$/, service: 'mongodb', args: [0] },
  { callee: /^\$\w*(mc|memcache|memcached|cache)\w*\.addServer$/i, service: 'memcached', args: [0] },
];

export const SINKS: Readonly<Record<CodeLanguage, readonly Sink[]>> = {
  javascript: JS, typescript: JS, tsx: JS, python: PYTHON, go: GO, java: JAVA, csharp: CSHARP, ruby: RUBY, php: PHP,
};

/** Spring Boot properties that hold a backing-service locator. */
export const SPRING_KEYS: readonly [RegExp, Service][] = [
  [/^spring\.(datasource|r2dbc|flyway|liquibase)(\.[\w-]+)?\.(url|jdbc-url|host)$/, 'database'],
  [/^spring\.(data\.)?redis\.(host|url|cluster\.nodes|sentinel\.nodes)$/, 'redis'],
  [/^spring\.rabbitmq\.(host|addresses)$/, 'amqp'],
  [/^spring\.kafka(\.(consumer|producer|streams|admin))?\.bootstrap-servers$/, 'kafka'],
  [/^spring\.mail\.host$/, 'smtp'],
  [/^spring\.data\.mongodb\.(uri|host)$/, 'mongodb'],
  [/^spring\.(elasticsearch\.(uris|rest\.uris)|data\.elasticsearch\.client\.reactive\.endpoints)$/, 'elasticsearch'],
  [/^spring\.cassandra\.contact-points$/, 'database'],
];
