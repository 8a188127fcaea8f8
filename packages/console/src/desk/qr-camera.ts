/**
 * The phone's camera as a QR code reader: the Barcode Detection API where the browser has it
 * (Chrome on Android and macOS, not Firefox or Safari today) and a camera exists. Elsewhere the
 * serial is typed; nothing here is polyfilled, so the console ships no decoder of its own.
 */

/** The part of the Barcode Detection API we use (not in TypeScript's DOM types yet). */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorConstructor {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

const qrCodeFormat = 'qr_code';
/** How often a frame is read: often enough to feel instant, rarely enough to spare a phone's battery. */
export const scanIntervalMs = 200;

function barcodeDetector(): BarcodeDetectorConstructor | undefined {
  return 'BarcodeDetector' in window ? (window as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector : undefined;
}

/** Whether this browser can read a QR code from a camera it has. Never asks for the camera's permission. */
export async function canScanQrCodes(): Promise<boolean> {
  const detector = barcodeDetector();
  if (!detector || !navigator.mediaDevices?.getUserMedia) return false;
  try {
    const [formats, devices] = await Promise.all([detector.getSupportedFormats(), navigator.mediaDevices.enumerateDevices()]);
    return formats.includes(qrCodeFormat) && devices.some((device) => device.kind === 'videoinput');
  } catch {
    return false;
  }
}

/** Opens the camera (the one facing away from the person where there are two). Rejects when refused or absent. */
export function openCamera(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
}

export function stopCamera(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Reads `video` every `scanIntervalMs` until `accept` takes a code (returns true) or `signal`
 * aborts. A frame that cannot be read (the video not playing yet) is skipped, not an error.
 */
export async function scanQrCodes(video: HTMLVideoElement, accept: (code: string) => boolean, signal: AbortSignal): Promise<void> {
  const Detector = barcodeDetector();
  if (!Detector) return;
  const detector = new Detector({ formats: [qrCodeFormat] });
  while (!signal.aborted) {
    try {
      const codes = await detector.detect(video);
      if (!signal.aborted && codes.some((code) => accept(code.rawValue))) return;
    } catch {
      // Not a frame yet: the next one.
    }
    await new Promise((resolve) => setTimeout(resolve, scanIntervalMs));
  }
}
