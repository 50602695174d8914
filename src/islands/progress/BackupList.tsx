import { useState } from 'preact/hooks';
import { fill } from '../../data/format';
import { $backups, type Backup } from '../../stores/backups';
import { deleteBackup } from '../../stores/progress-file';
import { downloadText } from '../download';
import { useClientStore } from '../use-client-store';
import { formatDate, type Labels } from './labels';

interface Props {
	/** Storage key → what it holds ("tanda pelajaran"), for the keys the course knows. */
	keyLabels: Record<string, string>;
	labels: Labels;
}

const sameBackup = (a: Backup, b: Backup) => a.key === b.key && a.raw === b.raw && a.at === b.at;

/** The file a backup is saved as: its text exactly, with where it came from and why it was kept. */
function backupFile(backup: Backup): { name: string; text: string } {
	const name = String(backup.key).replace(/^paradiplomasi:/, '').replace(/[^a-z0-9-]+/gi, '-');
	const at = new Date(Number(backup.at));
	const day = Number.isNaN(at.getTime()) ? 'tanpa-tanggal' : at.toISOString().slice(0, 10);
	const text = JSON.stringify({ format: 'paradiplomasi-cadangan', key: backup.key, problem: backup.problem, keptAt: backup.at, raw: backup.raw }, null, 2);
	return { name: `paradiplomasi-cadangan-${name}-${day}.json`, text: `${text}\n` };
}

/** Saved text the course could not read: offered for download, and for deletion once downloaded. */
export default function BackupList({ keyLabels, labels: L }: Props) {
	const backups = useClientStore($backups, []);
	const [saved, setSaved] = useState<Backup[]>([]);
	const [message, setMessage] = useState('');

	return (
		<div class="pd-progress-backups">
			{backups.length === 0 ? (
				<p>{L.backupsNone}</p>
			) : (
				<>
					<p>{L.backupsText}</p>
					<ul>
						{backups.map((backup, i) => {
							const isSaved = saved.some((b) => sameBackup(b, backup));
							const what = keyLabels[backup.key] ?? String(backup.key);
							const hint = `pd-backup-hint-${i}`;
							return (
								<li key={`${backup.key}-${backup.at}-${i}`} class="pd-progress-box">
									<p>
										<strong>{fill(L.backupWhat, { what })}</strong> (<code>{String(backup.key)}</code>)
									</p>
									<p>{String(backup.problem)}</p>
									<p>{fill(L.backupWhen, { date: formatDate(Number(backup.at)), size: String(backup.raw).length })}</p>
									<p class="pd-progress-actions">
										<button
											type="button"
											class="pd-button"
											onClick={() => {
												const file = backupFile(backup);
												downloadText(file.name, file.text, 'application/json');
												setSaved((list) => [...list, backup]);
												setMessage(fill(L.backupDownloaded, { file: file.name }));
											}}
										>
											{L.backupDownload}
										</button>
										<button
											type="button"
											class="pd-button pd-progress-secondary"
											disabled={!isSaved}
											aria-describedby={isSaved ? undefined : hint}
											onClick={() => {
												deleteBackup(backup);
												setMessage(L.backupDeleted);
											}}
										>
											{L.backupDelete}
										</button>
									</p>
									{!isSaved && (
										<p id={hint} class="pd-progress-hint">
											{L.backupDeleteHint}
										</p>
									)}
								</li>
							);
						})}
					</ul>
				</>
			)}
			<p role="status">{message}</p>
		</div>
	);
}
