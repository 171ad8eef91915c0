/**
 * Offers a Blob to the user as a download named `fileName`, through a temporary object URL that is
 * revoked once the browser has taken it.
 *
 * @example
 * downloadBlob(new Blob([csv], { type: 'text/csv' }), 'districts.csv');
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

const REVOKE_AFTER_MS = 60_000;
