const fs = require('fs');
const morgan = require('morgan');

const API_BASE_URL = 'https://api.acme.io';

async function listOrders(options = {}) {
  const res = await fetch('https://orders.acme.io/api/orders', options);
  return res.json();
}

function accessLog(app) {
  app.use(morgan('combined', { stream: fs.createWriteStream('access.log', { flags: 'a' }) }));
}

module.exports = { API_BASE_URL, listOrders, accessLog };
