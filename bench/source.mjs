// A realistic 5,000-line TypeScript service module, generated deterministically.
export function typescriptSource(lines = 5000) {
  const out = ["import { Router } from 'express';", "import { Pool } from 'pg';", '', 'const router = Router();', ''];
  for (let i = 0; out.length < lines - 12; i++) {
    out.push(
      `export interface Order${i} {`,
      '  id: string;',
      `  total${i}: number;`,
      '}',
      '',
      `export const serviceUrl${i} = process.env.SERVICE_URL_${i} ?? 'http://localhost:${3000 + (i % 100)}';`,
      `export async function loadOrder${i}(pool: Pool, id: string): Promise<Order${i} | undefined> {`,
      `  const result = await pool.query('select * from orders where id = $1 and shard = ${i}', [id]);`,
      `  if (result.rowCount === 0) throw new Error('order ' + id + ' not found in shard ${i}');`,
      `  return result.rows[0] as Order${i};`,
      '}',
      '',
      `router.get('/orders/${i}/:id', async (req, res) => res.json(await loadOrder${i}(pool, req.params.id)));`,
      '',
    );
  }
  out.push("const pool = new Pool({ host: 'orders-db.prod.internal', port: 5432 });", "export const billingApiUrl = 'https://billing.acme.io/v2';", 'export default router;');
  while (out.length < lines) out.push('');
  return out.join('\n');
}
