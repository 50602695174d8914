/**
 * The one script every page runs (loaded from SocialIcons.astro, which is in every page's header):
 * one file instead of one per component, because each file costs a request on a slow phone.
 * - records the visit of a lesson, and tells the learner when nothing can be saved or when saved
 *   data could not be read, with a link to the progress page (PageTitle.astro);
 * - marks the sidebar's lessons done on this device (Sidebar.astro);
 * - registers the service worker and keeps the offline status up to date (OfflineStatus.astro).
 */
import { $storageStatus, probeStorage } from '../../stores/storage-status';
import { $backups } from '../../stores/backups';
import { $lessonProgress, recordVisit } from '../../stores/lesson-progress';
import { isLessonDone, pageIdFromPath } from '../../engine/progress';
import { initOffline } from '../offline-client';

export function initPage(): void {
	showStorageNotice();
	markSidebar();
	initOffline();
}

function showStorageNotice(): void {
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

/** Marks the sidebar links of lessons done on this device with a check and a hidden "selesai". */
function markSidebar(): void {
	const root = document.querySelector<HTMLElement>('.pd-sidebar');
	if (!root) return;
	const doneLabel = root.dataset.doneLabel ?? '';
	$lessonProgress.subscribe((items) => {
		for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
			const done = isLessonDone(items, pageIdFromPath(new URL(link.href).pathname));
			let mark = link.querySelector<HTMLElement>('.pd-done');
			if (done && !mark) {
				mark = document.createElement('span');
				mark.className = 'pd-done';
				mark.innerHTML = '<span aria-hidden="true">✓</span><span class="sr-only"></span>';
				mark.querySelector('.sr-only')!.textContent = ` (${doneLabel})`;
				link.append(mark);
			} else if (!done && mark) mark.remove();
		}
	});
}
