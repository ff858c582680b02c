app.use((err, req, res, next) => {
  // ruleid: javascript.stack-trace-response
  res.status(500).send(err.stack);
  // ruleid: javascript.stack-trace-response
  res.json({ message: err.message, stack: err.stack });
  // ok: javascript.stack-trace-response
  res.status(500).json({ message: 'Internal error', id: req.id });
  // ok: javascript.stack-trace-response
  logger.error(err.stack);
});
