/**
 * The streams `vigil bench` replays: about 5 KB each of ordinary application code, written for
 * Vigil, with a few insecure constructs spread through them the way an assistant might produce
 * them (so that findings appear, tentative then confirmed, while the stream is timed).
 */

export const PYTHON_SAMPLE = `"""Inventory service: stock levels, price imports and nightly reports."""
import csv
import hashlib
import json
import logging
import os
import pickle
import sqlite3
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

log = logging.getLogger("inventory")
DATA_DIR = Path(os.environ.get("INVENTORY_DATA", "/var/lib/inventory"))


def archive_reports(folder):
    """Compress yesterday's reports before the backup job picks them up."""
    subprocess.run("tar czf reports.tgz " + folder, shell=True, check=True)


@dataclass
class Item:
    sku: str
    name: str
    quantity: int = 0
    price_cents: int = 0
    tags: list = field(default_factory=list)

    @property
    def value_cents(self):
        return self.quantity * self.price_cents

    def to_row(self):
        return [self.sku, self.name, self.quantity, self.price_cents, ";".join(self.tags)]


class Inventory:
    def __init__(self, db_path=":memory:"):
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS items ("
            " sku TEXT PRIMARY KEY, name TEXT, quantity INTEGER, price_cents INTEGER, tags TEXT)"
        )

    def upsert(self, item):
        self.conn.execute(
            "INSERT INTO items VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(sku) DO UPDATE SET name=excluded.name, quantity=excluded.quantity,"
            " price_cents=excluded.price_cents, tags=excluded.tags",
            item.to_row(),
        )
        self.conn.commit()

    def get(self, sku):
        row = self.conn.execute("SELECT * FROM items WHERE sku = ?", (sku,)).fetchone()
        if row is None:
            return None
        sku, name, quantity, price, tags = row
        return Item(sku, name, quantity, price, tags.split(";") if tags else [])

    def search(self, name):
        query = "SELECT sku FROM items WHERE name LIKE '%" + name + "%'"
        return [r[0] for r in self.conn.execute(query)]

    def adjust(self, sku, delta):
        item = self.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.quantity + delta < 0:
            raise ValueError(f"not enough stock for {sku}: {item.quantity} < {-delta}")
        item.quantity += delta
        self.upsert(item)
        log.info("stock of %s is now %d", sku, item.quantity)
        return item.quantity

    def low_stock(self, threshold=5):
        rows = self.conn.execute(
            "SELECT sku, quantity FROM items WHERE quantity < ? ORDER BY quantity", (threshold,)
        )
        return [(sku, qty) for sku, qty in rows]

    def total_value(self):
        (value,) = self.conn.execute("SELECT COALESCE(SUM(quantity * price_cents), 0) FROM items").fetchone()
        return value


def import_prices(inventory, csv_path):
    """Read a supplier price list: sku,price (in euros, with a decimal point)."""
    updated = 0
    with open(csv_path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            item = inventory.get(row["sku"].strip())
            if item is None:
                log.warning("unknown sku %s in %s", row["sku"], csv_path)
                continue
            item.price_cents = round(float(row["price"]) * 100)
            inventory.upsert(item)
            updated += 1
    return updated


def load_snapshot(path):
    with open(path, "rb") as handle:
        return pickle.loads(handle.read())


def save_snapshot(inventory, path):
    rows = inventory.conn.execute("SELECT * FROM items").fetchall()
    with open(path, "wb") as handle:
        pickle.dump(rows, handle)


def checksum(path):
    digest = hashlib.md5()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(65536), b""):
            digest.update(block)
    return digest.hexdigest()


def nightly_report(inventory, out_dir=DATA_DIR / "reports"):
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d")
    path = out_dir / f"stock-{stamp}.json"
    report = {
        "generated": datetime.now().isoformat(timespec="seconds"),
        "total_value_cents": inventory.total_value(),
        "low_stock": [{"sku": s, "quantity": q} for s, q in inventory.low_stock()],
    }
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return path


def main(argv=None):
    import argparse

    parser = argparse.ArgumentParser(description="inventory maintenance")
    parser.add_argument("--db", default=str(DATA_DIR / "inventory.db"))
    parser.add_argument("--prices", help="supplier price list (CSV)")
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args(argv)

    inventory = Inventory(args.db)
    if args.prices:
        count = import_prices(inventory, args.prices)
        print(f"updated {count} prices")
    if args.report:
        path = nightly_report(inventory)
        print(f"report written to {path} ({checksum(path)})")
        archive_reports(str(path.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
`;

export const JAVASCRIPT_SAMPLE = `'use strict';
// Small task-board API: projects, tasks, attachments and a webhook for the CI server.
const express = require('express');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { exec } = require('child_process');

const app = express();
app.use(express.json({ limit: '1mb' }));

const UPLOAD_DIR = process.env.UPLOAD_DIR || path.join(__dirname, 'uploads');
const projects = new Map();
let nextId = 1;

function newToken() {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

function requireProject(req, res, next) {
  const project = projects.get(Number(req.params.projectId));
  if (!project) {
    res.status(404).json({ error: 'no such project' });
    return;
  }
  req.project = project;
  next();
}

function validateTask(body) {
  const errors = [];
  if (typeof body.title !== 'string' || !body.title.trim()) errors.push('title is required');
  if (body.title && body.title.length > 200) errors.push('title is too long');
  if (body.due && Number.isNaN(Date.parse(body.due))) errors.push('due must be a date');
  if (body.priority !== undefined && ![1, 2, 3].includes(body.priority)) errors.push('priority is 1, 2 or 3');
  return errors;
}

app.post('/projects', (req, res) => {
  const name = String(req.body.name || '').trim();
  if (!name) return res.status(400).json({ error: 'name is required' });
  const project = { id: nextId++, name, tasks: [], token: newToken(), created: new Date().toISOString() };
  projects.set(project.id, project);
  res.status(201).json({ id: project.id, name: project.name, token: project.token });
});

app.get('/projects/:projectId/tasks', requireProject, (req, res) => {
  const { status, sort = 'due' } = req.query;
  let tasks = req.project.tasks;
  if (status) tasks = tasks.filter(t => t.status === status);
  const order = {
    due: (a, b) => (a.due || '9999').localeCompare(b.due || '9999'),
    priority: (a, b) => (a.priority || 3) - (b.priority || 3),
    title: (a, b) => a.title.localeCompare(b.title),
  }[sort];
  if (!order) return res.status(400).json({ error: 'sort by due, priority or title' });
  res.json([...tasks].sort(order));
});

app.post('/projects/:projectId/tasks', requireProject, (req, res) => {
  const errors = validateTask(req.body);
  if (errors.length) return res.status(400).json({ errors });
  const task = {
    id: crypto.randomUUID(),
    title: req.body.title.trim(),
    due: req.body.due || null,
    priority: req.body.priority || 3,
    status: 'open',
    attachments: [],
  };
  req.project.tasks.push(task);
  res.status(201).json(task);
});

app.patch('/projects/:projectId/tasks/:taskId', requireProject, (req, res) => {
  const task = req.project.tasks.find(t => t.id === req.params.taskId);
  if (!task) return res.status(404).json({ error: 'no such task' });
  for (const key of ['title', 'due', 'priority', 'status']) {
    if (key in req.body) task[key] = req.body[key];
  }
  res.json(task);
});

app.get('/projects/:projectId/attachments/:name', requireProject, (req, res) => {
  const file = path.join(UPLOAD_DIR, String(req.project.id), req.params.name);
  fs.readFile(file, (err, data) => {
    if (err) return res.status(404).end();
    res.type(path.extname(file)).send(data);
  });
});

app.post('/projects/:projectId/filter', requireProject, (req, res) => {
  const predicate = eval('(task) => ' + req.body.expression);
  res.json(req.project.tasks.filter(predicate));
});

app.post('/hooks/ci', (req, res) => {
  const signature = req.get('x-hub-signature-256') || '';
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.HOOK_SECRET || '').update(JSON.stringify(req.body)).digest('hex');
  if (signature.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    return res.status(401).json({ error: 'bad signature' });
  }
  const branch = req.body.ref.replace('refs/heads/', '');
  exec(\`git -C /srv/board fetch origin && git -C /srv/board checkout \${branch}\`, (err, stdout, stderr) => {
    if (err) {
      console.error('deploy failed', stderr);
      return res.status(500).json({ error: 'deploy failed' });
    }
    res.json({ deployed: branch, log: stdout.split('\\n').slice(-5) });
  });
});

function summary(project) {
  const counts = { open: 0, done: 0, blocked: 0 };
  for (const task of project.tasks) counts[task.status] = (counts[task.status] || 0) + 1;
  const overdue = project.tasks.filter(t => t.due && t.status !== 'done' && Date.parse(t.due) < Date.now());
  return { name: project.name, counts, overdue: overdue.map(t => t.title) };
}

app.get('/projects/:projectId/summary', requireProject, (req, res) => {
  res.json(summary(req.project));
});

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

const port = Number(process.env.PORT || 3000);
app.listen(port, () => console.log(\`task board listening on \${port}\`));

module.exports = { app, summary, validateTask };
`;

export interface BenchStreamSpec {
  name: string;
  language: 'python' | 'javascript';
  text: string;
}

export const BENCH_STREAMS: readonly BenchStreamSpec[] = [
  { name: 'python-5k', language: 'python', text: PYTHON_SAMPLE },
  { name: 'javascript-5k', language: 'javascript', text: JAVASCRIPT_SAMPLE },
];
