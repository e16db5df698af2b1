// A dropped or chosen file's bytes, with progress: `Blob.arrayBuffer()` reports none, and a 50k-row
// export takes long enough on a slow disk that the user should see it moving.

export function readFileBytes(file: Blob, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  if (typeof FileReader === 'undefined') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    reader.onload = () => {
      onProgress?.(1);
      resolve(new Uint8Array(reader.result as ArrayBuffer));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}
