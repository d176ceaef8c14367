const express = require('express');
const session = require('express-session');
const { accessLog, listOrders } = require('./api');

const ORDERS_TIMEOUT_MS = process.env.NODE_ENV === 'production' ? 2000 : 10000;

const app = express();
accessLog(app);

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, sameSite: 'lax' },
  }),
);

app.get('/orders', async (req, res, next) => {
  try {
    res.json(await listOrders({ signal: AbortSignal.timeout(ORDERS_TIMEOUT_MS) }));
  } catch (err) {
    next(err);
  }
});

app.get('/healthz', (req, res) => res.send('ok'));

const server = app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log(`web listening on ${server.address().port}`);
});

process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
