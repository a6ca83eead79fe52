// What `npm run dist` will sign, read from the environment only (electron-builder's own variables),
// said in one line per platform before the build so an unsigned office installer is never a surprise.
// Certificates and passwords never go into the repository or electron-builder.yml.

const has = (env, ...names) => names.every((name) => Boolean(env[name]));

/** One line per thing the build on this platform signs or leaves unsigned, and what would change it. */
export function signingPlan(env, platform) {
  if (platform === 'win32') {
    if (has(env, 'WIN_CSC_LINK')) return ['Windows: signed with the certificate in WIN_CSC_LINK'];
    if (has(env, 'CSC_LINK')) return ['Windows: signed with the certificate in CSC_LINK'];
    return ['Windows: unsigned (set WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD: a .pfx file or its base64)'];
  }
  if (platform === 'linux') return ['Linux: AppImage, unsigned (AppImages carry no signature)'];
  if (platform === 'darwin') {
    const signing = has(env, 'CSC_LINK')
      ? 'macOS: signed with the Developer ID certificate in CSC_LINK'
      : env.CSC_IDENTITY_AUTO_DISCOVERY === 'false'
        ? 'macOS: unsigned (CSC_IDENTITY_AUTO_DISCOVERY=false)'
        : 'macOS: signed with a Developer ID certificate from the keychain if one is there, else unsigned (or set CSC_LINK and CSC_KEY_PASSWORD)';
    const notarizing = has(env, 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID')
      ? 'macOS: notarized with APPLE_ID (app-specific password, team APPLE_TEAM_ID)'
      : has(env, 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER')
        ? 'macOS: notarized with the App Store Connect key in APPLE_API_KEY'
        : 'macOS: not notarized (set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID, or APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER)';
    return [signing, notarizing];
  }
  return [`${platform}: no installer target`];
}
