/**
 * Runs on every page: records the visit of a lesson and tells the learner when nothing can be saved
 * or when saved data could not be read, with a link to the progress page.
 */
import { $storageStatus, probeStorage } from '../../stores/storage-status';
import { $backups } from '../../stores/backups';
import { recordVisit } from '../../stores/lesson-progress';

export function initPage(): void {
	const notice = document.querySelector<HTMLElement>('[data-storage-notice]');
	probeStorage();
	const pageId = notice?.dataset.pageId;
	if (pageId) recordVisit(pageId);
	if (!notice) return;
	const render = () => {
		const status = $storageStatus.get();
		const message =
			status === 'blocked'
				? notice.dataset.blocked
				: status === 'full'
					? notice.dataset.full
					: $backups.get().length > 0
						? notice.dataset.corrupt
						: '';
		notice.textContent = message ?? '';
		// Where to save progress to a file, or to download the backup of what could not be read.
		const corrupt = status === 'ok';
		const href = corrupt ? notice.dataset.backupHref : notice.dataset.progressHref;
		const label = corrupt ? notice.dataset.backupLink : notice.dataset.progressLink;
		if (message && href && label) {
			const link = document.createElement('a');
			link.href = href;
			link.textContent = label;
			notice.append(' ', link);
		}
		notice.hidden = !message;
		notice.dataset.status = status;
	};
	$storageStatus.subscribe(render);
	$backups.listen(render);
}
