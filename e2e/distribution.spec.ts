import type { Page } from '@playwright/test';
import { outward, startSmtpServer } from '../test/smtpHarness';
import { demoPassword, expect, setMailServer, signIn, signOut, test } from './fixtures';

const approvedTitle = 'Perkembangan Penanganan Banjir Mlati — Update Kedua';

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Navigasi utama' });
}

test('an approved statement goes to a list of 50 by e-mail, the statement shows released and who received it', async ({
  page,
  demo: siaga,
}) => {
  test.setTimeout(120_000);
  const smtp = await startSmtpServer();
  try {
    // The administrator points Siaga at the office mail server and sends a test mail.
    await page.goto(siaga.url);
    await setMailServer(page, smtp.port);
    await page.getByRole('textbox', { name: 'Kirim ke alamat' }).fill('admin@slemankab.go.id');
    await page.getByRole('button', { name: 'Kirim surel uji' }).click();
    await expect(page.getByText('Surel uji diterima server untuk admin@slemankab.go.id.')).toBeVisible();
    expect(outward(smtp.received)).toHaveLength(1);
    await signOut(page);

    // The desk distributes the approved update to the press-release list.
    await signIn(page, 'staf', demoPassword);
    await nav(page).getByRole('link', { name: 'Pernyataan' }).click();
    await page.getByRole('link', { name: approvedTitle }).click();
    await page.getByRole('button', { name: 'Distribusikan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Distribusikan pernyataan' });
    await dialog.getByRole('combobox', { name: 'Daftar dan segmen' }).click();
    await page.getByRole('option', { name: /^Siaran pers — media utama/ }).click();
    await expect(dialog.getByTestId('recipient-count')).toContainText('Penerima surel: 50 orang');
    await expect(dialog.getByTestId('email-preview')).toContainText(approvedTitle);
    await dialog.getByRole('button', { name: 'Kirim ke 50 penerima' }).click();

    // Live progress until all 50 are sent; the statement is released.
    await expect(page.getByTestId('distribution-counts')).toContainText('50 dari 50 terkirim', { timeout: 30_000 });
    await expect(page.getByTestId('distribution-status')).toHaveText('Selesai');
    await expect(page.getByText('Dirilis', { exact: true })).toBeVisible();
    // The test mail and the fifty (an approver's notice, if any, is the office's own).
    expect(outward(smtp.received)).toHaveLength(51);

    // The history lists the recipients.
    await page.getByRole('button', { name: 'Lihat penerima' }).click();
    const recipients = page.getByRole('table', { name: 'Penerima' });
    await expect(recipients.getByRole('row')).toHaveCount(51);
    await expect(recipients.getByText('Terkirim')).toHaveCount(50);
    const firstAddress = outward(smtp.received)[1]!.to[0]!;
    await expect(recipients.getByText(firstAddress)).toBeVisible();
  } finally {
    await smtp.close();
  }
});
