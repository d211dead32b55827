/** @jsxRuntime classic */
import React, { useState } from 'react';

export interface ImageCompareProps {
  figma: string;
  story: string;
  diff: string;
  mismatch: string;
}

type View = 'side-by-side' | 'onion-skin';

/** Figma render, story screenshot and pixel diff side by side, or the first two overlaid with an opacity slider. */
export function ImageCompare({ figma, story, diff, mismatch }: ImageCompareProps) {
  const [view, setView] = useState<View>('side-by-side');
  const [opacity, setOpacity] = useState(50);
  return (
    <div>
      <div className="ds-modes" role="group" aria-label="Comparison view">
        {(['side-by-side', 'onion-skin'] as const).map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)}>
            {option === 'side-by-side' ? 'Side by side' : 'Onion skin'}
          </button>
        ))}
      </div>
      {view === 'side-by-side' ? (
        <div className="ds-images">
          <figure>
            <img src={figma} alt="Figma render" />
            <figcaption>Figma render</figcaption>
          </figure>
          <figure>
            <img src={story} alt="Story screenshot" />
            <figcaption>Story screenshot</figcaption>
          </figure>
          <figure>
            <img src={diff} alt={`Pixel diff, ${mismatch} of pixels differ`} />
            <figcaption>Pixel diff: {mismatch} differ</figcaption>
          </figure>
        </div>
      ) : (
        <div className="ds-onion">
          <figure>
            <div className="ds-stack">
              <img src={figma} alt="Figma render" />
              <img src={story} alt="Story screenshot overlaid on the Figma render" style={{ opacity: opacity / 100 }} />
            </div>
            <figcaption>Figma render with the story screenshot on top</figcaption>
            <label>
              Story opacity
              <input
                type="range"
                min={0}
                max={100}
                step={5}
                value={opacity}
                onChange={(event) => setOpacity(Number(event.target.value))}
              />
              <output>{opacity}%</output>
            </label>
          </figure>
        </div>
      )}
    </div>
  );
}
