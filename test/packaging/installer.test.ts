import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { signingPlan } from '../../scripts/signing.mjs';
import { useTempDirs } from '../tempDir';

const root = join(__dirname, '..', '..');
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;
const makensis = spawnSync('makensis', ['-VERSION'], { stdio: 'ignore' }).status === 0;

describe('the office installation', () => {
  const tempDir = useTempDirs();

  it('the Windows installer asks per machine (the default) or per user, and keeps the data when removed', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: true,
      allowElevation: true,
      include: 'build/installer.nsh',
      deleteAppDataOnUninstall: false,
    });
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    // Signing comes from the environment only: no certificate or identity in the file.
    expect(JSON.stringify(config)).not.toMatch(/certificateFile|certificatePassword|cscLink|"identity"/);
  });

  // Debian's makensis compiles our additions inside a stand-in of electron-builder's script (its
  // $installMode and LogicLib), warnings as errors. The installer itself needs electron-builder's
  // NSIS bundle, downloaded by `npm run dist` and not available here.
  // CI installs makensis (.ci/run): there a missing one fails rather than skips.
  it.skipIf(!makensis && !process.env.CI)(
    'build/installer.nsh compiles, in both installation modes (needs makensis: apt-get install nsis)',
    () => {
      const dir = tempDir();
      for (const mode of ['all', 'CurrentUser']) {
        const script = join(dir, `${mode}.nsi`);
        writeFileSync(
          script,
          [
            'Unicode true',
            '!include LogicLib.nsh',
            'Var installMode',
            'Name "Siaga installer additions"',
            `OutFile "${join(dir, `${mode}.exe`)}"`,
            'RequestExecutionLevel user',
            `!include "${join(root, 'build', 'installer.nsh')}"`,
            'Section',
            `  StrCpy $installMode ${mode}`,
            '  StrCpy $INSTDIR "$TEMP\\Siaga"',
            '  !insertmacro customInstall',
            'SectionEnd',
            '',
          ].join('\n'),
        );
        execFileSync('makensis', ['-V2', '-WX', script], { stdio: 'pipe' });
      }
      const nsh = readFileSync(join(root, 'build', 'installer.nsh'), 'utf8');
      // The data folder lets in the system, the administrators and the group, nothing inherited.
      expect(nsh).toMatch(
        /icacls\.exe" "\$R0" \/inheritance:r \/grant:r \*S-1-5-18:\(OI\)\(CI\)F \*S-1-5-32-544:\(OI\)\(CI\)F "\$R4\\Siaga:\(OI\)\(CI\)M"/,
      );
      // The app reads the note the installer leaves (src/main/shell/dataLocation.ts).
      expect(nsh).toContain('$INSTDIR\\resources\\installation.json');
      expect(nsh).toContain(`'{"scope":"\${scope}"}'`);
    },
  );

  it('says what a build signs, from the environment', () => {
    expect(signingPlan({}, 'win32')).toEqual([
      'Windows: unsigned (set WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD: a .pfx file or its base64)',
    ]);
    expect(signingPlan({ WIN_CSC_LINK: 'C:\\certs\\office.pfx', WIN_CSC_KEY_PASSWORD: 'x' }, 'win32')[0]).toMatch(
      /^Windows: signed with the certificate in WIN_CSC_LINK/,
    );
    const mac = signingPlan({ CSC_LINK: 'id.p12', APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'p' }, 'darwin');
    expect(mac[0]).toMatch(/^macOS: signed with the Developer ID certificate in CSC_LINK/);
    // Notarizing needs all three: a missing team is not notarized, and said so.
    expect(mac[1]).toMatch(/^macOS: not notarized/);
    expect(
      signingPlan({ APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 'T' }, 'darwin')[1],
    ).toMatch(/^macOS: notarized with APPLE_ID/);
    expect(signingPlan({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, 'darwin')[0]).toBe(
      'macOS: unsigned (CSC_IDENTITY_AUTO_DISCOVERY=false)',
    );
  });
});
