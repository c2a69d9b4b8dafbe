/** Strings of the optional semantic re-ranker (phrase library: model import, on/off). */
export const rerankerZh = {
  'reranker.title': '语义重排（可选，默认关闭）',
  'reranker.hint': '导入一个 ONNX 句向量模型（特征向量格式，见 README），在本机对推荐的前 50 条重新排序。不联网；仅 Chrome/Edge。',
  'reranker.import': '导入模型文件（.onnx）',
  'reranker.none': '尚未导入模型。',
  'reranker.model': '模型：{name}，{size} MB，输入 {features} 维，输出 {dims} 维',
  'reranker.enable': '启用语义重排',
  'reranker.remove': '移除模型',
  'reranker.checking': '正在检查模型…',
  'reranker.imported': '模型已导入。',
  'reranker.rejected': '没有导入：{error}',
} as const;

export const rerankerEn: Record<keyof typeof rerankerZh, string> = {
  'reranker.title': 'Semantic re-ranking (optional, off by default)',
  'reranker.hint': 'Import an ONNX sentence-embedding model (feature-vector format, see README) to re-order the top 50 suggestions on this device. No network; Chrome/Edge only.',
  'reranker.import': 'Import model file (.onnx)',
  'reranker.none': 'No model imported.',
  'reranker.model': 'Model: {name}, {size} MB, {features} inputs, {dims} outputs',
  'reranker.enable': 'Use semantic re-ranking',
  'reranker.remove': 'Remove model',
  'reranker.checking': 'Checking the model…',
  'reranker.imported': 'Model imported.',
  'reranker.rejected': 'Not imported: {error}',
};
