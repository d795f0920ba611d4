// koonti's page, its drop zone: files dropped anywhere on the page, as
// given, and folders walked, each file named by its path below the
// dropped folder. Installed by page.js, which takes the files found
// (`onFiles`).
'use strict';
window.KOONTI_DROP = ({ $, onFiles }) => {
  // Drag and drop: files as given, folders walked (their paths below the
  // dropped folder).
  const drop = $('drop');
  for (const name of ['dragenter', 'dragover']) {
    document.addEventListener(name, (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
  }
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) drop.classList.remove('over');
  });
  document.addEventListener('drop', async (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const items = [...(event.dataTransfer.items || [])];
    const entries = items.map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry());
    if (!entries.length || entries.some((entry) => !entry)) {
      onFiles([...event.dataTransfer.files].map((file) => ({ file, name: file.name, fromFolder: false })));
      return;
    }
    const found = [];
    for (const entry of entries) {
      if (entry.isDirectory) await walkFolder(entry, '', found);
      else {
        const file = await fileOf(entry);
        if (file) found.push({ file, name: entry.name, fromFolder: false });
      }
    }
    onFiles(found);
  });

  const fileOf = (entry) => new Promise((resolve, reject) => entry.file(resolve, reject)).catch(() => null);
  const join = (a, b) => (a ? `${a}/${b}` : b);

  async function walkFolder(folder, below, found) {
    const reader = folder.createReader();
    const children = [];
    for (;;) {
      const batch = await new Promise((resolve) => reader.readEntries(resolve, () => resolve([])));
      if (!batch.length) break;
      children.push(...batch);
    }
    for (const child of children) {
      const name = join(below, child.name);
      if (child.isDirectory) await walkFolder(child, name, found);
      else {
        const file = await fileOf(child);
        if (file) found.push({ file, name, fromFolder: true });
      }
    }
  }
};
