import { describe, expect, it, vi } from 'vitest';
import { watchForUpdate } from '../../../src/lib/pwa';

/** A stand-in for a ServiceWorker: an event target with a state. */
class FakeWorker extends EventTarget {
	state = 'installing';
	moveTo(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

/** A stand-in for a ServiceWorkerRegistration. */
class FakeRegistration extends EventTarget {
	waiting: FakeWorker | null = null;
	installing: FakeWorker | null = null;
	/** An update check found a new worker. */
	find(): FakeWorker {
		this.installing = new FakeWorker();
		this.dispatchEvent(new Event('updatefound'));
		return this.installing;
	}
}

/** A stand-in for navigator.serviceWorker, controlled or not. */
class FakeContainer extends EventTarget {
	registration = new FakeRegistration();
	ready = Promise.resolve(this.registration);
	constructor(public controller: FakeWorker | null) {
		super();
	}
	/** A worker takes control of the page. */
	takeOver() {
		this.controller = new FakeWorker();
		this.dispatchEvent(new Event('controllerchange'));
	}
}

async function watch(container: FakeContainer) {
	const onUpdate = vi.fn();
	const stop = watchForUpdate({ serviceWorker: container }, onUpdate);
	await container.ready;
	return { onUpdate, stop };
}

describe('watchForUpdate', () => {
	it('says nothing when the first worker takes control of a new visitor’s page', async () => {
		const container = new FakeContainer(null);
		const { onUpdate } = await watch(container);
		container.registration.find().moveTo('installed');
		container.takeOver();
		expect(onUpdate).not.toHaveBeenCalled();
	});

	it('announces a new worker taking over from the one in control, once', async () => {
		const container = new FakeContainer(new FakeWorker());
		const { onUpdate } = await watch(container);
		container.takeOver();
		container.takeOver();
		expect(onUpdate).toHaveBeenCalledOnce();
	});

	it('announces a later update on a page the first worker took over', async () => {
		const container = new FakeContainer(null);
		const { onUpdate } = await watch(container);
		container.takeOver();
		expect(onUpdate).not.toHaveBeenCalled();
		container.takeOver();
		expect(onUpdate).toHaveBeenCalledOnce();
	});

	it('announces a worker that installed over the controlling one', async () => {
		const container = new FakeContainer(new FakeWorker());
		const { onUpdate } = await watch(container);
		const worker = container.registration.find();
		expect(onUpdate).not.toHaveBeenCalled();
		worker.moveTo('installed');
		expect(onUpdate).toHaveBeenCalledOnce();
	});

	it('announces a worker already waiting when the page opens', async () => {
		const container = new FakeContainer(new FakeWorker());
		container.registration.waiting = new FakeWorker();
		const { onUpdate } = await watch(container);
		expect(onUpdate).toHaveBeenCalledOnce();
	});

	it('stays quiet after it is stopped', async () => {
		const container = new FakeContainer(new FakeWorker());
		const { onUpdate, stop } = await watch(container);
		const worker = container.registration.find();
		stop();
		worker.moveTo('installed');
		container.takeOver();
		expect(onUpdate).not.toHaveBeenCalled();
	});

	it('does nothing where service workers are unavailable', () => {
		const onUpdate = vi.fn();
		expect(() => watchForUpdate({}, onUpdate)()).not.toThrow();
		expect(onUpdate).not.toHaveBeenCalled();
	});
});
