// The modules each flavour's benchmark loads: the framework, its AWS bindings and the built library.
const path = require('node:path');

const FLAVOURS = {
  cdktf: { framework: 'cdktf', aws: '@cdktf/provider-aws', lib: path.join(__dirname, '..', 'dist', 'index.js') },
  cdktn: { framework: 'cdktn', aws: '@cdktn/provider-aws', lib: path.join(__dirname, '..', 'build', 'cdktn', 'dist', 'index.js') },
};

/** The flavour named by `name`, with an error listing the known ones. */
function flavour(name) {
  const f = FLAVOURS[name];
  if (!f) throw new Error(`unknown flavour ${name}: ${Object.keys(FLAVOURS).join(', ')}`);
  return f;
}

module.exports = { FLAVOURS, flavour };
