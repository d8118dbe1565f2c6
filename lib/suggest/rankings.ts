// The search engine's answers to each page's topics, worked out at build time
// (topic-ranking.ts, lib/corpus/build/vite-plugin.ts): a few kilobytes that spare the panel
// page an engine until the person searches.

import rankingsData from 'virtual:ems-topic-rankings';
import type { TopicRankings } from './topic-ranking';

export const topicRankings = rankingsData as TopicRankings;
