/**
 * A camera and a Barcode Detection API scripted by a test: Chromium on Linux has no
 * `BarcodeDetector`, and a test must not ask for a real camera. `install()` puts them on `window`
 * and `navigator.mediaDevices`; `restore()` takes them away again.
 */

export class StandInCamera {
  /** What `detect()` answers, one frame after another; then no code. */
  frames: string[][] = [];
  /** Every track the camera handed out, to check that each was stopped. */
  readonly tracks: MediaStreamTrack[] = [];
  /** When set, `getUserMedia` rejects with this. */
  refusal: DOMException | undefined;
  opened = 0;

  install(): void {
    const nextFrame = () => (this.frames.shift() ?? []).map((rawValue) => ({ rawValue }));
    (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
      static getSupportedFormats(): Promise<string[]> {
        return Promise.resolve(['qr_code', 'ean_13']);
      }
      detect(): Promise<{ rawValue: string }[]> {
        return Promise.resolve(nextFrame());
      }
    };
    const devices = navigator.mediaDevices as MediaDevices & Partial<Pick<MediaDevices, 'enumerateDevices' | 'getUserMedia'>>;
    devices.enumerateDevices = () => Promise.resolve([{ kind: 'videoinput', deviceId: 'back', groupId: 'phone', label: '' } as MediaDeviceInfo]);
    devices.getUserMedia = () => {
      this.opened += 1;
      if (this.refusal) return Promise.reject(this.refusal);
      const canvas = document.createElement('canvas');
      canvas.getContext('2d')?.fillRect(0, 0, 10, 10);
      const stream = canvas.captureStream();
      this.tracks.push(...stream.getTracks());
      return Promise.resolve(stream);
    };
  }

  restore(): void {
    delete (window as unknown as { BarcodeDetector?: unknown }).BarcodeDetector;
    // The stand-ins are own properties that shadow MediaDevices.prototype's methods: deleting them brings those back.
    const devices = navigator.mediaDevices as unknown as Partial<Pick<MediaDevices, 'enumerateDevices' | 'getUserMedia'>>;
    delete devices.enumerateDevices;
    delete devices.getUserMedia;
  }

  get allStopped(): boolean {
    return this.tracks.length > 0 && this.tracks.every((track) => track.readyState === 'ended');
  }
}
