import { useEffect, useState } from 'react';
import { deleteModelFile, ModelDB, promoteCandidate, writeModelFile } from '@/utils/db/model-file';
import { sendMessage } from '@/utils/messaging';
import { DEFAULT_RERANKER_SETTINGS, type RerankerSettings } from '@/utils/model/reranker';
import { sha256Hex } from '@/utils/reranker/digest';
import { MAX_MODEL_BYTES } from '@/utils/suggest/onnx-encoder';
import { t } from '@/utils/state/settings';
import { rerankerStore } from '@/utils/storage/reranker-item';

const modelDb = new ModelDB();

/**
 * The optional semantic re-ranker in the phrase library: the lead imports a model file (checked by the runtime that
 * will run it before it replaces the one in use), turns re-ranking on or off, or removes the model.
 */
export function RerankerModel() {
  const tr = t.value;
  const [settings, setSettings] = useState<RerankerSettings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => rerankerStore.follow(setSettings), []);
  if (!settings) return null;
  const save = async (next: RerankerSettings) => {
    await rerankerStore.save(next);
    setSettings(next);
  };
  const importFile = async (file: File) => {
    if (file.size > MAX_MODEL_BYTES) return setStatus(tr('reranker.rejected', { error: `> ${MAX_MODEL_BYTES / 1024 / 1024} MB` }));
    setStatus(tr('reranker.checking'));
    const bytes = await file.arrayBuffer();
    await writeModelFile(modelDb, bytes, 'candidate');
    const checked = await sendMessage('rerank:check', {}).catch((error: unknown) => ({ ok: false, error: String(error), featureSize: undefined, embeddingSize: undefined }));
    if (!checked.ok || !checked.featureSize || !checked.embeddingSize) {
      await deleteModelFile(modelDb, 'candidate');
      return setStatus(tr('reranker.rejected', { error: checked.error ?? '?' }));
    }
    await promoteCandidate(modelDb);
    const model = {
      name: file.name.slice(0, 200) || 'model.onnx',
      bytes: bytes.byteLength,
      sha256: await sha256Hex(new Uint8Array(bytes)),
      featureSize: checked.featureSize,
      embeddingSize: checked.embeddingSize,
      importedAt: new Date().toISOString(),
    };
    await save({ ...settings, model });
    setStatus(tr('reranker.imported'));
  };
  const { model } = settings;
  return (
    <details className="dash-reranker" open={!!model} data-testid="reranker">
      <summary>{tr('reranker.title')}</summary>
      <p className="dash-muted">{tr('reranker.hint')}</p>
      <label>
        {tr('reranker.import')}{' '}
        <input
          type="file"
          accept=".onnx,application/octet-stream"
          data-testid="reranker-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file).catch((error: unknown) => setStatus(tr('reranker.rejected', { error: String(error).slice(0, 300) })));
          }}
        />
      </label>
      {model ? (
        <p data-testid="reranker-model">{tr('reranker.model', { name: model.name, size: (model.bytes / 1024 / 1024).toFixed(2), features: model.featureSize, dims: model.embeddingSize })}</p>
      ) : (
        <p className="dash-muted">{tr('reranker.none')}</p>
      )}
      <label>
        <input type="checkbox" checked={settings.enabled} disabled={!model} data-testid="reranker-enabled" onChange={(e) => void save({ ...settings, enabled: e.currentTarget.checked })} />{' '}
        {tr('reranker.enable')}
      </label>{' '}
      {model && (
        <button type="button" data-testid="reranker-remove" onClick={() => void deleteModelFile(modelDb).then(() => save(DEFAULT_RERANKER_SETTINGS))}>
          {tr('reranker.remove')}
        </button>
      )}
      {status && (
        <p role="status" data-testid="reranker-status">
          {status}
        </p>
      )}
    </details>
  );
}
