// After `npm install`: on a machine whose own Node is older than the hall's, npm has just printed one
// "npm warn EBADENGINE" per package that wants a newer Node. Say in one line that this is expected.
// (npm scripts run on the Node 24 of the `node` package; the machine's Node is in npm's user agent.)
const host = /\bnode\/v(\d+)\.[\d.]+/.exec(process.env.npm_config_user_agent ?? '');
if (host && Number(host[1]) < 24) {
  console.log(
    `\nNote: this machine's Node is v${host[0].slice(6)}. The "npm warn EBADENGINE" lines above are expected and harmless: ` +
      'the hall runs on Node 24 from the `node` package just installed, which npm scripts use (README, "Two commands").\n',
  );
}
