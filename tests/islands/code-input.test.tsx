// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CodeInput, { type CodeInputLabels } from '../../src/islands/CodeInput';
import { decodeCode } from '../../src/engine/codes';

afterEach(cleanup);

const labels: CodeInputLabels = { label: 'Kode hasil', hint: 'Contoh: 1A2B-C3D4', submit: 'Catat' };
const scan = {
	open: 'Pindai',
	scanning: 'Kamera menyala',
	close: 'Tutup kamera',
	denied: 'Kamera tidak tersedia.',
	video: 'Gambar kamera',
};

/** What a caller does: the engine reads the code and words the refusal. */
function check(text: string) {
	const decoded = decodeCode(text, 'roleplay');
	return decoded.ok ? { ok: true, text: 'Tercatat.' } : { ok: false, text: decoded.error };
}

function submit(value: string) {
	fireEvent.input(screen.getByLabelText('Kode hasil'), { target: { value } });
	fireEvent.click(screen.getByRole('button', { name: 'Catat' }));
}

describe('the code field', () => {
	it('shows why a mistyped code is refused, keeps it for correcting, and marks the field', async () => {
		const onCode = vi.fn(check);
		render(<CodeInput id="kode" look="roleplay" labels={labels} onCode={onCode} />);
		submit('ABCD-EFGH-JK');
		expect(onCode).toHaveBeenCalledWith('ABCD-EFGH-JK');
		const status = await screen.findByRole('status');
		expect(status.textContent).toBe('Kode tidak lolos pemeriksaan: mungkin ada huruf yang salah ketik atau tertukar.');
		expect(status.className).toBe('rp-error');
		const input = screen.getByLabelText<HTMLInputElement>('Kode hasil');
		expect(input.value).toBe('ABCD-EFGH-JK');
		expect(input.getAttribute('aria-invalid')).toBe('true');
		expect(input.getAttribute('aria-describedby')).toBe('kode-hint kode-message');
	});

	it('clears a code that is taken and says so', async () => {
		render(<CodeInput id="kode" look="quiz" labels={labels} onCode={() => ({ ok: true, text: 'Tercatat.' })} />);
		submit('2A00-0000');
		const status = await screen.findByText('Tercatat.');
		expect(status.getAttribute('role')).toBe('status');
		expect(status.className).toBe('pd-fq-message is-ok');
		expect(screen.getByLabelText<HTMLInputElement>('Kode hasil').value).toBe('');
		expect(screen.getByLabelText('Kode hasil').getAttribute('aria-invalid')).toBeNull();
	});

	it('reports in an alert where asked', async () => {
		render(
			<CodeInput
				id="kode"
				look="quiz"
				labels={labels}
				onCode={() => ({ ok: false, text: 'Kode kuis tidak dikenal.' })}
				alert
			/>,
		);
		submit('xyz');
		expect((await screen.findByRole('alert')).textContent).toBe('Kode kuis tidak dikenal.');
	});

	it('offers the camera only with scanner labels, and opens it only when asked', async () => {
		const { unmount } = render(<CodeInput id="kode" look="quiz" labels={labels} onCode={check} />);
		expect(screen.queryByRole('button', { name: 'Pindai' })).toBeNull();
		unmount();
		render(<CodeInput id="kode" look="quiz" labels={{ ...labels, scan }} onCode={check} />);
		expect(screen.queryByText('Kamera menyala')).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Pindai' }));
		// happy-dom has no camera: the scanner opens and says so.
		expect(await screen.findByText('Kamera tidak tersedia.')).toBeTruthy();
		expect(screen.queryByRole('button', { name: 'Pindai' })).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Tutup kamera' }));
		expect(await screen.findByRole('button', { name: 'Pindai' })).toBeTruthy();
	});
});
