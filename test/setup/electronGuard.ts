// Any tested module that requires electron by mistake gets a string instead of a network
// download (TOOLCHAIN.md): the failure shows up as a type error, not a hang.
process.env.ELECTRON_OVERRIDE_DIST_PATH = '/nonexistent';
